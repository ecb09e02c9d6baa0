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
    void leavesPairsOfAbbreviations() {
        assertEquals(List.of(), Found.inOrder(detector, "The TCP/IP stack and CI/CD pipeline are down; HR/IT owns it."));
        assertEquals(List.of(), Found.inOrder(detector, "Route: HEL/ARN, status OK/DONE"));
    }
}
