package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DialInNumbersTest {

    private final PhoneDetector detector = new PhoneDetector();

    @Test
    void leavesTheBridgesOfAnInvitationsDialInList() {
        assertEquals(List.of(), Found.in(detector, "Kokouksen tunnus: 963 3030 4822\nSoita (vain ääni)\n"
                + "+358 9 8386 2428 Finland, Helsinki\nKonferenssin tunnus: 8257 0083#"));
        assertEquals(List.of(), Found.in(detector, "Meeting ID: 857 1751 1369\nDial by your location\n"
                + "+44 20 2751 3306,,579316753# United Kingdom\n+1 646 898 8688 US (New York)"));
        assertEquals(List.of(), Found.in(detector, "Ring in: 08-964 478 92 Sverige, Stockholm\nKonferens-ID: 888 008 745#"));
    }

    @Test
    void keepsAPersonsNumberInTheInvitation() {
        assertEquals(List.of("+46 72 309 8586"), Found.in(detector, "Passar inte tiden, kontakta Nils på +46 72 309 8586.\n"
                + "Ring in: 08-964 478 92 Sverige, Stockholm\nKonferens-ID: 888 008 745#"));
        assertEquals(List.of("040 555 1234"), Found.in(detector, "Meeting ID: 857 1751 1369\nCall Anna: 040 555 1234 (Suomi)"));
    }

    @Test
    void keepsANumberWithAPlaceOutsideAnInvitation() {
        assertEquals(List.of("+358 9 8386 2428"), Found.in(detector, "+358 9 8386 2428 Finland, Helsinki"));
    }

    @Test
    void leavesTheNumberUnderAJoinBlocksDialInHeading() {
        assertEquals(List.of(), Found.in(detector, "Kokoustunnus: 519 040 404\nSoita (vain ääni)\n+44 20 3855 4748,,960518759#\n"));
        assertEquals(List.of(), Found.in(detector, "Dial in by phone\n+44 20 3855 4748,,500792255#\n\nTojo"));
        assertEquals(List.of(), Found.in(detector, "Ring in (endast ljud)\n+358 9 2319 4155,,381114550#"));
    }

    @Test
    void keepsANumberOnTheHeadingsOwnLineOrAfterText() {
        assertEquals(List.of("+358 9 2319 4155"), Found.in(detector, "Join by phone: +358 9 2319 4155,,381114550#"));
        assertEquals(List.of("040 555 1234"), Found.in(detector, "Dial in by phone\n040 555 1234 jos linkki ei toimi, Anna"));
    }

    @Test
    void keepsARawCalendarObjectsListAPhone() {
        assertEquals(List.of("+31 10 826 4749"), Found.in(detector, "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDESCRIPTION:Meeting ID: 640 "
                + "007 0391\nDial in by phone\n+31 10 826 4749,,858006888# Netherlands, Amsterdam\nEND:VEVENT\nEND:VCALENDAR"));
    }
}
