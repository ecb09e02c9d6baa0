package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Nordic double given name whose short part no list holds (NameLexicon's double-barrelled names). */
class DoubleGivenNamesTest {

    private final NameLexicon lexicon = NameLexicon.shared();
    private final PersonNameDetector detector = new PersonNameDetector(lexicon);

    @Test
    void readsAGivenNameJoinedToAShortOneNoListHolds() {
        assertTrue(isGivenName("Per-Arvid"));
        assertTrue(isGivenName("Tor-Ragnar"));
        assertTrue(isGivenName("Arvid-Per"));
    }

    @Test
    void leavesWordsAndCodesJoinedByAHyphen() {
        assertFalse(isGivenName("Arvid-AD"));
        assertFalse(isGivenName("Wi-Fi"));
        assertFalse(isGivenName("Wed-Thu"));
        assertFalse(isGivenName("Xq-Zv"));
        assertFalse(isGivenName("Arvid-Kone"));
    }

    @Test
    void findsTheNameInToolOutputAndProse() {
        assertEquals(List.of("Per-Arvid", "Tallbacka"), Found.inOrder(detector, "ok: [sql-cl01] => (item={'name': 'pt8971', 'comment': 'Per-Arvid Tallbacka'})"));
        assertEquals(List.of("Tor-Ragnar"), Found.inOrder(detector, "Jag har redan frågat Tor-Ragnar om saken."));
        assertEquals(List.of("Per-Arvidilta"), Found.inOrder(detector, "Kysyin jo Per-Arvidilta, ei tiennyt."));
    }

    private boolean isGivenName(String word) {
        var w = lexicon.lookup(word, 0, word.length());
        return w.isOnlyName() && w.is(NameLexicon.Word.FIRST);
    }
}
