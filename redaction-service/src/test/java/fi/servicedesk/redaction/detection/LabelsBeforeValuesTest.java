package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A word that only ends as an allative, opening a sentence before a number or a code, is that value's label (FinnishPersonPhrases). */
class LabelsBeforeValuesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void findsWhomSomethingGoesToByItsEnding() {
        assertEquals(List.of("Zorbekille"), Found.inOrder(detector, "Välitin viestin Zorbekille eilen."));
        assertEquals(List.of("Zorbekille"), Found.inOrder(detector, "Kiitos. Zorbekille on lähetetty tunnukset."));
        // a name before a number or a code is whom it goes to or comes from, no label
        assertEquals(List.of("Yaroslavilta"), Found.inOrder(detector, "Kiitos. Yaroslavilta SMS klo 14: ei pääse sisään"));
        assertEquals(List.of("Aishalle", "Mikalle"), Found.inOrder(detector, "Aishalle 2 näyttöä, Mikalle 1."));
    }

    @Test
    void leavesALabelBeforeItsValue() {
        assertEquals(List.of(), Found.inOrder(detector, "Kan ni flytta den före onsdag? Kostnadsställe KST 7272, konto 5010."));
        assertEquals(List.of(), Found.inOrder(detector, "Kan ni flytta den före onsdag? Kostnadsställe 4672, konto 5010."));
    }
}
