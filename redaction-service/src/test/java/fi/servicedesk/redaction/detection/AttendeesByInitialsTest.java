package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The initials of those present in a meeting's list found (AttendeesByInitials, R3.2). */
class AttendeesByInitialsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void findsInitialsListedAsPresentWithTheirRoles() {
        var found = Found.inOrder(detector, "Present: RBQ (Chair), QTT (Secretary), IKL, ECZ, DLGÖ; managing agent Tomoyo Yamamoto");
        assertTrue(found.containsAll(java.util.List.of("RBQ", "QTT", "IKL", "ECZ", "DLGÖ")), found.toString());
    }

    @Test
    void findsInitialsBeforeTheirPhoneInBrackets() {
        var found = Found.inOrder(detector, "Läsnä: ÞÞ (pj, 040 599 3608), LAK (00358 50 851 8551), VTA, isännöitsijä Gianluca Santoro");
        assertTrue(found.containsAll(java.util.List.of("ÞÞ", "LAK", "VTA")), found.toString());
    }

    @Test
    void leavesCapitalsInsideARemarkAndOutsideAttendance() {
        var found = Found.inOrder(detector, "Present: Ida Berg (IT, HR)");
        assertFalse(found.contains("IT") || found.contains("HR"), found.toString());
        assertEquals(java.util.List.of(), Found.inOrder(detector, "Summary: VAT, SAP and EV costs"));
        assertFalse(Found.inOrder(detector, "Läsnä: HT, Ilona Väisänen, Stig").contains("HT"));
    }

    @Test
    void leavesAcronymsListedAfterAnAttendanceWord() {
        assertEquals(java.util.List.of(), Found.inOrder(detector, "Attendees: IT, HR, Finance"));
        assertEquals(java.util.List.of(), Found.inOrder(detector, "Errors present: DNS, DHCP"));
    }

    @Test
    void readsTheSwedishAndFinnishAttendanceLabelsAlike() {
        assertTrue(Found.inOrder(detector, "Deltagare: PST, IRS").containsAll(java.util.List.of("PST", "IRS")));
        assertTrue(Found.inOrder(detector, "Mukana: PST, IRS").containsAll(java.util.List.of("PST", "IRS")));
    }
}
