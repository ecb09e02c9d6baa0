package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The speakers and parties of a chat transcript, by the layout (ChatTranscripts). */
class ChatTranscriptsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void findsAWhatsAppExportsSenders() {
        assertFound("07/12/2026, 09:14 - Lasha Abashidze: anyone else locked out?", "Lasha", "Abashidze");
        assertFound("7.12.2026 klo 9.14 - Lemlem Gebre: onko kellään Teams auki?", "Lemlem", "Gebre");
    }

    @Test
    void findsAWebVttVoice() {
        assertFound("00:01:12.400 --> 00:01:15.000\n<v Otar Chkheidze>Can everyone see my screen?", "Otar", "Chkheidze");
    }

    @Test
    void findsAWebChatsPartiesByTheirRoles() {
        assertFound("Visitor (Otar) joined the chat.", "Otar");
        assertFound("[09:14:40] Asiakaspalvelija Lemlem: Tarkistan asian.", "Lemlem");
    }

    @Test
    void findsThePartiesOfTheChatSystemsLines() {
        // words that are also English words where the layout calls for a name
        assertFound("Sky Abashidze joined the chat.", "Sky", "Abashidze");
        assertFound("Lasha transferred the chat to Sky Chkheidze.", "Lasha", "Sky", "Chkheidze");
        assertFound("Lemlem arvioi keskustelun 4/5.", "Lemlem");
        assertFound("[09:16:02] Otar siirsi keskustelun käyttäjälle Lemlem Gebrelle.", "Otar", "Lemlem", "Gebrelle");
    }

    @Test
    void leavesThingsThatJoinOrLeave() {
        assertFound("Teams left the chat open all night.");
        assertFound("The bot joined the chat.");
    }

    private void assertFound(String text, String... expected) {
        assertEquals(List.of(expected), Found.inOrder(detector, text), text);
    }
}
