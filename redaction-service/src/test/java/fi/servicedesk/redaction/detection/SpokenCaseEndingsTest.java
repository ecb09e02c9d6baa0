package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SpokenCaseEndingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a clipped allative, ablative and inessive of a name, in lower case and capitalised
            "\"mä soitin pirjoll mut ei vastannu\"|pirjoll",
            "\"kysy vaikka jormalt\"|jormalt",
            "\"Se on nyt Heikkisess. Ja kalevikaa puhuin\"|Heikkisess;kalevikaa",
            // ordinary words in the same forms stay
            "\"mä oon sielt koulult ja kirjastolt tulos\"|",
    })
    void marksANameWhoseCaseEndingSpeechClipped(String text, String names) {
        MarkedWords.assertMarks((s, tokens, words, marks) -> SpokenCaseEndings.mark(s, tokens, NameLexicon.shared(), words, marks),
                text, names);
    }

    @Test
    void givesTheVowelBackByVowelHarmony() {
        assertEquals("pirjolle", SpokenCaseEndings.writtenForm("pirjoll"));
        assertEquals("jormalta", SpokenCaseEndings.writtenForm("jormalt"));
        assertEquals("heikkisessä", SpokenCaseEndings.writtenForm("heikkisess"));
        assertEquals("kalevi", SpokenCaseEndings.writtenForm("kalevikaa"));
        assertNull(SpokenCaseEndings.writtenForm("kalevi"));
    }
}
