package fi.servicedesk.redaction.detection;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The minutes' checkers signing by their initials found (MinuteCheckersByInitials, R3.2). */
class MinuteCheckersByInitialsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void findsTheCheckersInitials() {
        assertEquals(List.of("PST", "IRS"), Found.inOrder(detector, "Vakuudeksi\nTarkastettu: PST IRS\n"));
        assertEquals(List.of("TGSH", "ÞV"), Found.inOrder(detector, "Justeras: TGSH och ÞV"));
        assertEquals(List.of("PST", "IRS"), Found.inOrder(detector, "Tarkastettu: PST IRS."));
    }

    @Test
    void leavesAcronymsAndAChecklistsSingleItem() {
        assertEquals(List.of(), Found.inOrder(detector, "Checked: OK"));
        assertEquals(List.of(), Found.inOrder(detector, "Tarkastettu: OK"));
        assertEquals(List.of(), Found.inOrder(detector, "Checked: DNS, VPN"));
        assertEquals(List.of(), Found.inOrder(detector, "Tarkastettu: ALV"));
        assertEquals(List.of(), Found.inOrder(detector, "Checked: PST"));
    }

    @Test
    void leavesALineThatHoldsMoreThanInitials() {
        assertEquals(List.of(), Found.inOrder(detector, "Tarkastettu: SAP IS-U -liittymä toimii"));
        assertEquals(List.of(), Found.inOrder(detector, "Checked: VAT rates"));
    }
}
