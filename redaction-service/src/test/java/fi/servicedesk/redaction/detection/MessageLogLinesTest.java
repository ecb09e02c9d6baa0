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
    void findsTheNumberAfterTheChannelTheMessageWentBy() {
        var log = "2025-03-02 18:04:11 SMS → 4915112345678: Ihr Zimmer ist bereit.\n"
                + "2025-03-02 18:20:40 WhatsApp ← 353861234567: thanks";
        assertEquals(List.of("4915112345678", "353861234567"), Found.inOrder(detector, log));
    }

    @Test
    void takesTheChannelBeforeTheArrowForNoCueOfANumberInTheMessage() {
        var log = "2025-03-02 18:04:11 SMS → 353861234567: Varauksesi 47120378 on vahvistettu.";
        assertEquals(List.of("353861234567"), Found.inOrder(detector, log));
    }

    @Test
    void findsASmallCountrysShorterNumberOnALogsLine() {
        var log = "2026-05-04 07:12:09 → 298631457: Tín tíð er váttað.\n2026-05-04 07:40:55 ← 299532714: Qujanaq";
        assertEquals(List.of("298631457", "299532714"), Found.inOrder(detector, log));
    }

    @Test
    void leavesAShortRunThatNoLogsLinePlaces() {
        assertEquals(List.of(), Found.in(detector, "Varaus 298631457 vahvistettu klo 07:12"));
        assertEquals(List.of(), Found.in(detector, "07:12:09 → 12345678: tilaus"));
    }

    @Test
    void leavesRunsThatAreNoMessagesEnd() {
        // no time before the arrow, no message after the colon, no valid number
        assertEquals(List.of(), Found.in(detector, "tila → 905389406127: valmis"));
        assertEquals(List.of(), Found.in(detector, "09:48:30 → 905389406127:45 kesto"));
        assertEquals(List.of(), Found.in(detector, "09:48:30 → 1234567890123: tilaus"));
    }
}
