package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two people sharing a list item's task before its colon (NameLayout). */
class NameLayoutPairsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void findsTwoPeopleJoinedBeforeAnItemsColon() {
        assertTrue(Found.inOrder(detector, "Notes from the meeting\n• Jocasta & Tallulah: Jenkins upgrade\n• Next one")
                .containsAll(List.of("Jocasta", "Tallulah")));
        assertTrue(Found.inOrder(detector, "Muistio\n- Tommaso ja Aino: varmuuskopiot\n- Seuraava").containsAll(List.of("Tommaso", "Aino")));
        assertTrue(Found.inOrder(detector, "Anteckningar\n* Sigge och Tyra: skrivarna\n* Nästa möte").containsAll(List.of("Sigge", "Tyra")));
    }

    @Test
    void leavesTopicsJoinedBeforeAColon() {
        assertEquals(List.of(), Found.inOrder(detector, "Notes\n• Sales & Marketing: budget\n• Tuki ja ylläpito: ok"));
        assertEquals(List.of(), Found.inOrder(detector, "Muistio\n- Tuki ja Ylläpito: uusi sopimus"));
        assertEquals(List.of(), Found.inOrder(detector, "Anteckningar\n* Skrivare och Nätverk: klart\n* Övrigt"));
    }
}
