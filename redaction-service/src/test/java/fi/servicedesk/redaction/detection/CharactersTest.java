package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class CharactersTest {

    /** Letters of either case, the ASCII pairs that differ only in bit 0x20 but are no letters, and letters whose case maps leave Latin-1. */
    private static final String WORD_CHARACTERS = "aAkKsSiIzZäÄöÖåÅ@`[{]}^~ÿµſ\u212A\u0130ı";

    @Test
    void comparesEveryCharacterAsRegionMatchesIgnoringCase() {
        for (int w = 0; w < WORD_CHARACTERS.length(); w++) {
            var word = "a" + WORD_CHARACTERS.charAt(w);
            for (char c = 0; c < Character.MAX_VALUE; c++) {
                var text = "xA" + c;
                assertEquals(text.regionMatches(true, 1, word, 0, 2), Characters.regionMatchesIgnoringCase(text, 1, word),
                        "U+" + Integer.toHexString(c) + " against " + word);
            }
        }
    }

    @Test
    void aWordBeyondEitherEndOfTheTextDoesNotMatch() {
        assertFalse(Characters.regionMatchesIgnoringCase("pass", 2, "ssw"));
        assertFalse(Characters.regionMatchesIgnoringCase("pass", -1, "pa"));
    }
}
