package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Travellers in a booking, surname/given names in capitals (BookedPassengers, R3.2, R8.2). */
class BookedPassengersTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void findsBothPartsBeforeAPassengerTypeOrTitle() {
        assertEquals(List.of("HAVERINEN", "ALMA"), Found.inOrder(detector, "PASSENGER 2: HAVERINEN/ALMA ADT"));
        assertEquals(List.of("BIN SALEH", "FAISAL"), Found.inOrder(detector, "1. BIN SALEH/FAISAL MR, seat 14C"));
        // Both given names are one finding (NamesInCapitals finds "ANN" alone too).
        assertTrue(Found.inOrder(detector, "Traveller QUIGLEY/MARY ANN MRS (LHR-HEL)").containsAll(List.of("QUIGLEY", "MARY ANN")));
        assertEquals(List.of("VAHTERA", "HILJA", "AL-MASRI", "DALIA"),
                Found.inOrder(detector, "Varaus: VAHTERA/HILJA (aikuinen), AL-MASRI/DALIA (lapsi)"));
    }

    @Test
    void findsThemAfterTheNumberOfTheirNameElement() {
        assertEquals(List.of("SAARELA", "TENHO", "SAARELA", "AILI", "NDOUR", "KWESI"),
                Found.inOrder(detector, "1.1SAARELA/TENHO MRS  2.1SAARELA/AILI MR  3.1NDOUR/KWESI MS"));
        assertEquals(List.of("AIDOO", "KEHINDE", "VILLCA", "NAHUEL"),
                Found.inOrder(detector, "1.AIDOO/KEHINDE MR 2.VILLCA/NAHUEL MSTR"));
    }

    @Test
    void findsThemOnALineLabelledAsTravellers() {
        assertEquals(List.of("TER HORST", "WILLEM"), Found.inOrder(detector, "Booking 23J35K\nPassengers: TER HORST/WILLEM"));
        assertEquals(List.of("SORVARI", "KULLERVO"), Found.inOrder(detector, "Matkustajat: SORVARI/KULLERVO"));
    }

    @Test
    void findsThemAfterADepartureControlEvent() {
        assertEquals(List.of("KLINGBERG", "VENDELA"),
                Found.inOrder(detector, "2026-05-20 03:18:10 KIOSK-11 BAGDROP KLINGBERG/VENDELA tag 0105 661819"));
        assertEquals(List.of("SISAVATH", "MEILING"), Found.inOrder(detector, "2027-06-12 17:56:18 GATE C10 NOSHOW SISAVATH/MEILING"));
    }

    @Test
    void findsThemWhereANameIsCorrectedToThem() {
        assertEquals(List.of("VILLALOBOS-PERALTA", "JIANHUA"),
                Found.inOrder(detector, "Merkintä: nimi korjattu muotoon VILLALOBOS-PERALTA/JIANHUA; maksu 87,24 €."));
        assertEquals(List.of("GOODAX", "AYANLE"), Found.inOrder(detector, "Note: name changed to GOODAX/AYANLE, fee waived."));
    }

    @Test
    void leavesPairsOfAbbreviations() {
        assertEquals(List.of(), Found.inOrder(detector, "The TCP/IP stack and CI/CD pipeline are down; HR/IT owns it."));
        assertEquals(List.of(), Found.inOrder(detector, "Route: HEL/ARN, status OK/DONE"));
        // after a cue, pairs of abbreviations of three letters at most
        assertEquals(List.of(), Found.inOrder(detector, "2027-06-12 17:56:18 GATE C10 BOARDED HEL/ARN"));
        assertEquals(List.of(), Found.inOrder(detector, "The host name changed to TCP/IP settings."));
        // after a name's cue, a pair of common words that no list reads as a name names a group
        assertEquals(List.of(), Found.inOrder(detector, "Group name changed to FINANCE/PAYROLL"));
    }
}
