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

    @Test
    void takesAWordForOnlyAWordWhereNoNameListHoldsIt() {
        var text = "Grammar Bill";
        var tokens = Text.of(text).words();
        var lexicon = NameLexicon.shared();
        assertTrue(EnglishWords.holdsOnlyAsWord(text, tokens, lexicon.lookup(text, 0, 7), 0));
        assertTrue(EnglishWords.holdsOnlyAsWord(text, tokens, null, 0));
        assertFalse(EnglishWords.holdsOnlyAsWord(text, tokens, lexicon.lookup(text, 8, 12), 1));
    }
}
