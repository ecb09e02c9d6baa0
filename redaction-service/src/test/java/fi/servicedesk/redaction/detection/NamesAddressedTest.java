package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one addressed before a comma and a Finnish question to them (NamesAddressed): "Minttu, voisitko …?". */
class NamesAddressedTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a name that is also a word, and one nobody knows
            "Minttu, voisitko hyväksyä tilauksen?|Minttu",
            "Xin, katsotko tätä huomenna?|Xin",
            "Kone on valmis. Ilona, ehditkö hakea sen?|Ilona",
    })
    void findsTheOneAddressed(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // greetings, particles and products, a listed name Voikko reads as a word, and a name inside a sentence
            "Hei, voitko katsoa tätä? Okei, katsotko huomenna? Kiitos, ehditkö tänään?",
            "Eli, voisitko tarkistaa? Siis, katsotko? Joo, ehditkö? Teams, voitko?",
            "Tulostin, jota katsotko, on rikki.",
    })
    void leavesGreetingsParticlesAndThings(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
