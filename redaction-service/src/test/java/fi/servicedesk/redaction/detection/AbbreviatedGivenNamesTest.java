package fi.servicedesk.redaction.detection;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AbbreviatedGivenNamesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the abbreviated Maria before a second given name is one person's given names, one span
            "19:53 Ma. Cristina (jäsenpalvelu): Moi! Lähetin kertakoodin.|Ma. Cristina",
            "Hi Ma. Cristina, your booking is confirmed.|Ma. Cristina",
            "Varaus: Ma. Theresa Santos, huone 12.|Ma. Theresa;Santos",
            // not after a name found, where Ma ends a sentence as a surname, nor the Finnish Monday in lower case
            "Soitin Jack Ma. Cristina vastasi.|Jack;Ma;Cristina",
            "Vuoro ma. Cristina hoitaa.|Cristina",
            // nor a mention's word, which the mention's rule finds apart
            "@Ma. Cristina katsotko tämän?|Ma;Cristina",
    })
    void joinsAnAbbreviatedFirstGivenName(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), Found.inOrder(detector, text));
    }
}
