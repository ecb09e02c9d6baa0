package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The other end's number on a text message log's line. */
class MessageLogLinesTest {

    private final PhoneDetector detector = new PhoneDetector();

    @Test
    void findsTheNumberAMessageWentToOrCameFrom() {
        var log = "SMS-loki\n2026-11-17 09:48:30 → 905389406127: Muistutus: rokotus huomenna.\n"
                + "2026-11-17 11:50:31 ← 4740122101: PERU\n12:20 -> 351918295087: Hei, Molly on valmis.";
        assertEquals(List.of("905389406127", "4740122101", "351918295087"), Found.inOrder(detector, log));
    }

    @Test
    void leavesRunsThatAreNoMessagesEnd() {
        // no time before the arrow, no message after the colon, no valid number
        assertEquals(List.of(), Found.in(detector, "tila → 905389406127: valmis"));
        assertEquals(List.of(), Found.in(detector, "09:48:30 → 905389406127:45 kesto"));
        assertEquals(List.of(), Found.in(detector, "09:48:30 → 1234567890123: tilaus"));
    }
}
