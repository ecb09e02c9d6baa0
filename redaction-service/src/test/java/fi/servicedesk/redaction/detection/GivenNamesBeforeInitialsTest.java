package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A given name with the initial of the surname after it (GivenNamesBeforeInitials). */
class GivenNamesBeforeInitialsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void findsAGivenNameBeforeAnInitial() {
        assertEquals(List.of("Lakshmanan", "Bhavana"), Found.inOrder(detector, "Lakshmanan R. and Bhavana K. from the vendor team need access."));
        assertEquals(List.of("Thangam", "Otar", "Chkheidze"), Found.inOrder(detector, "Thangam M. ja Otar Chkheidze aloittavat maanantaina."));
        assertEquals(List.of("Lakshmanan"), Found.inOrder(detector, "Ask Lakshmanan R., he has the keys."));
    }

    @Test
    void leavesALetterThatNamesAThing() {
        assertEquals(List.of(), Found.inOrder(detector, "Plan B. was to restore from tape."));
        assertEquals(List.of(), Found.inOrder(detector, "Rakennus C. on suljettu."));
        assertEquals(List.of(), Found.inOrder(detector, "Windows 11 on Tower A. is slow."));
    }
}
