package fi.servicedesk.redaction.detection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnglishWordsTest {

    @Test
    void knowsCommonWordsWhateverTheirCapitals() {
        assertTrue(EnglishWords.contains("Meeting", 0, 7));
        assertTrue(EnglishWords.contains("the WINDOW was", 4, 10));
    }

    @Test
    void holdsNoProperNounOrFinnishWord() {
        assertFalse(EnglishWords.contains("Helsinki", 0, 8));
        assertFalse(EnglishWords.contains("Hirvonen", 0, 8));
        assertFalse(EnglishWords.contains("salasana", 0, 8));
    }
}
