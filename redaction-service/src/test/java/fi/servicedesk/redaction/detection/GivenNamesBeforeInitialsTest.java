package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A given name with the initial of the surname after it (GivenNamesBeforeInitials). */
class GivenNamesBeforeInitialsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void findsAGivenNameBeforeAnInitial() {
        assertEquals(List.of("Lakshmanan R.", "Bhavana K."), Found.inOrder(detector, "Lakshmanan R. and Bhavana K. from the vendor team need access."));
        assertEquals(List.of("Thangam M.", "Otar", "Chkheidze"), Found.inOrder(detector, "Thangam M. ja Otar Chkheidze aloittavat maanantaina."));
        assertEquals(List.of("Lakshmanan R."), Found.inOrder(detector, "Ask Lakshmanan R., he has the keys."));
    }

    @Test
    void takesTheInitialsBeforeANameIntoItsFinding() {
        assertEquals(List.of("C. Virtanen", "F. Breathnachin"),
                merged("Hei. C. Virtanen hyväksyi etätyöt, ja F. Breathnachin mukaan tunnus on voimassa."));
        assertEquals(List.of("J. R. Lindqvist"), merged("The form was approved by J. R. Lindqvist yesterday."));
        assertEquals(List.of("Valma", "H. Virtanen"), merged("Hei, Valma H. Virtanen täällä."));
        // "T." alone on a line before a name is the Finnish sign-off (terveisin), no initial
        assertEquals(List.of("Aava"), merged("Lisäättekö osoitekirjaan?\n\nT. Aava\nPendolino oli myöhässä."));
        assertEquals(List.of("T. Kallio"), merged("Lisäättekö osoitekirjaan?\nT. Kallio hyväksyi sen."));
    }

    private List<String> merged(String text) {
        return Redactor.merge(Found.findings(detector, text)).stream().sorted((a, b) -> Integer.compare(a.start(), b.start()))
                .map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void leavesALetterThatNamesAThing() {
        assertEquals(List.of(), Found.inOrder(detector, "Plan B. was to restore from tape."));
        assertEquals(List.of(), Found.inOrder(detector, "Rakennus C. on suljettu."));
        assertEquals(List.of(), Found.inOrder(detector, "Windows 11 on Tower A. is slow."));
    }
}
