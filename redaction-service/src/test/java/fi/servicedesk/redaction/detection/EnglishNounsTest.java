package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnglishNounsTest {

    @ParameterizedTest
    @ValueSource(strings = {"period", "payments", "printer", "gas", "access", "compiler", "Payments", "aardvark", "zoo"})
    void knowsCommonNounsSingularAndPlural(String word) {
        assertTrue(EnglishNouns.contains("x " + word + " y", 2, 2 + word.length()), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"says", "check", "reckons", "has", "will", "the", "tomorrow", "today", "quickly",
            "kone", "lupasi", "", "périod", "period2"})
    void knowsNoVerbsFunctionWordsAdverbsOrOtherWords(String word) {
        assertFalse(EnglishNouns.contains(word, 0, word.length()), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"handover", "Cutover", "rollout", "signoff", "pushback"})
    void knowsAPhrasalVerbsNounWrittenAsOneWord(String word) {
        assertTrue(EnglishNouns.isPhrasal(word, 0, word.length()), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mvirtanen", "dover", "kallup", "jdoeout", "over"})
    void readsNoLoginOrShortWordAsPhrasal(String word) {
        assertFalse(EnglishNouns.isPhrasal(word, 0, word.length()), word);
    }
}
