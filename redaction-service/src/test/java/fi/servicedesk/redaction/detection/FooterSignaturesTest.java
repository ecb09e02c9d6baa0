package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A case system's footer line after "--": the word before the full name is no part of it (NameLayout). */
class FooterSignaturesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void leavesTheFootersVerbBeforeTheName() {
        assertEquals(List.of("Pekka-Oskari", "Mesivaara"), Found.inOrder(detector,
                "Kiitos tiedosta.\n\n--\nKäsitellyt Pekka-Oskari Mesivaara (pekmes92) 2027-12-24 07:24:32 · Zendesk\n"));
        assertEquals(List.of("Pekka-Oskari", "Zorbekova"), Found.inOrder(detector,
                "Kiitos tiedosta.\n\n--\nKäsitellyt Pekka-Oskari Zorbekova (pzorbek) 2027-03-16 21:05:29 · Sprinklr\n"));
    }

    @Test
    void findsTheSendersNameAfterTheClosing() {
        assertEquals(List.of("Pekka-Oskari", "Mesivaara"), Found.inOrder(detector, "Kiitos tiedosta.\n\nTerveisin\nPekka-Oskari Mesivaara\n"));
    }
}
