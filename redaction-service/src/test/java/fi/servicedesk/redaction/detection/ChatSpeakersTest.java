package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The senders of a chat export's messages in the apps' header layouts (ChatSpeakers). */
class ChatSpeakersTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), null);

    @Test
    void findsTheSendersAfterATimeStamp() {
        assertFound("3/9/27, 8:02 PM - Zuriel Okonkwo: ok\n3/9/27, 8:05 PM - Zuriel Okonkwo: no", "Zuriel", "Okonkwo", "Zuriel", "Okonkwo");
        assertFound("[2027-03-09 20:02:11] zuriel: hei\n[2027-03-09 20:05:40] zuriel: moi", "zuriel", "zuriel");
    }

    @Test
    void findsTheSendersBeforeATimeStamp() {
        assertFound("Zuriel Okonkwo, [9.3. 20:02]\nmoi\nZuriel Okonkwo, [9.3. 20:05]\nmoi", "Zuriel", "Okonkwo", "Zuriel", "Okonkwo");
        assertFound("Zuriel  8:02 PM\nhello\nZuriel  8:04 PM\nbye", "Zuriel", "Zuriel");
        assertFound("Zuriel (IT-tuki) (20.02): Hei!\nZuriel (IT-tuki) (20.04): Selvä.", "Zuriel", "Zuriel");
    }

    @Test
    void leavesRelationsTagsAndRolesAlone() {
        assertFound("Äiti, [9.3. 20:02]\nmoi\nÄiti, [9.3. 20:05]\nmoi");
        assertFound("Visitor  8:02 PM\nhello\nVisitor  8:04 PM\nbye");
    }

    private void assertFound(String text, String... expected) {
        assertEquals(List.of(expected), Found.inOrder(detector, text), text);
    }
}
