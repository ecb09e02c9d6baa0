package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A role's noun before a chat speaker's name is no part of it (RepeatedNames, SwedishWords). */
class RoleWordsBeforeSpeakersTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void leavesTheRoleBeforeTheSpeaker() {
        var text = "Chatt med supporten\n15:03 Ebba-Ulrika Nyponudd: jag kommer inte in.\n15:04 Handläggare Bertil-Alexander: Ombudet"
                + " registreras.\n17:03 Handläggare Bertil-Alexander: Ring oss.\n\n--\nHandläggare: Cecilia-Kristina Ljungdahl, tfn 040 620 6387";
        assertEquals(List.of("Ebba-Ulrika", "Nyponudd", "Bertil-Alexander", "Bertil-Alexander", "Cecilia-Kristina", "Ljungdahl"),
                Found.inOrder(detector, text));
    }

    @Test
    void keepsAGivenNameThatEndsAsADoersNoun() {
        var text = "Hei Okonkwo ja Abdullahi!\nTunnukset saivat Lwande Okonkwo ja Abdullahi.";
        assertEquals(List.of("Okonkwo", "Abdullahi", "Lwande", "Okonkwo", "Abdullahi"), Found.inOrder(detector, text));
    }
}
