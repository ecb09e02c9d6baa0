package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A field written surname first, "Surname, Given" (SurnamesFirstInFields). */
class SurnamesFirstInFieldsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void findsTheSurnameBeforeAGivenNameInACell() {
        assertTrue(Found.inOrder(detector, "hakija;rekrytoija;tila\n\"Koppeloranta, Jaakko-Aleksanteri\";\"Kaarnalahti, Reino\";Tarjous tehty")
                .containsAll(List.of("Koppeloranta", "Jaakko-Aleksanteri")));
        assertTrue(Found.inOrder(detector, "| Hohdevuori, Juho-Kristian | 4497 | Field Ops |").contains("Hohdevuori"));
        assertTrue(Found.inOrder(detector, "sökande\tansvarig\nKoppelomäki, Astrid\tIntervju").contains("Koppelomäki"));
        // a maker's word alone in a field closed on both sides
        assertTrue(Found.inOrder(detector, "nimi;yritys\n\"Dell, Marja-Leena\";Acme Oy").contains("Dell"));
    }

    @Test
    void leavesGreetingsAndSentencesBeforeAComma() {
        assertEquals(List.of("Anna"), Found.inOrder(detector, "\"Hei, Anna\""));
        assertEquals(List.of("Anna"), Found.inOrder(detector, "\"Thanks, Anna\""));
        assertEquals(List.of("Matti"), Found.inOrder(detector, "Tulostin tulostaa taas, Matti kiittää."));
        // a place before the comma
        assertEquals(List.of("Elin"), Found.inOrder(detector, "\"Göteborg, Elin\""));
    }
}
