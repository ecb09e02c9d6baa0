package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A login made of its owner's name, whose letters the login may write in another of the ways names are spelt in ASCII. */
class LoginPartsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tiina Rantala|trantala",
            // Đ dropped, as a fold that strips what decomposition leaves does, or written "d"; the initial's letters last
            "Lê Đình H.|leinhhu",
            "Lê Đình H.|ledinhh",
            "Þórður Jónsson|thordurj",
            "Þórður Jónsson|jonssont",
            "Ægir Sæmundsson|aegirs",
            "Paweł Król|pkrol",
            "Bjørn Sørli|bsorli",
            "Jürgen Weiß|jweiss",
            "Jürgen Schäfer|jschaefer",
            "Jürgen Schäfer|jschafer",
            "Jürgen Schäfer|juergens",
    })
    void findsALoginMadeOfTheName(String name, String login) {
        assertTrue(LoginParts.madeOf(name.split(" "), login));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tiina Rantala|trantalx",
            "Jürgen Schäfer|jschaafer",
            "Þórður Jónsson|xjonsson",
    })
    void takesNoOtherLetters(String name, String login) {
        assertFalse(LoginParts.madeOf(name.split(" "), login));
    }
}
