package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PortalCodesTest {

    private final CredentialDetector detector = new CredentialDetector();

    /** A portal's code after its word, or after an activation code's word and the portal, in Finnish, Swedish or English. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Payment plan portal code TDDW-9500 sent by SMS.|TDDW-9500",
            "Payment plan portal code 2144-8343-BZ sent by SMS.|2144-8343-BZ",
            "Aktiveringskod till portalen 0508-8899-SE skickad till Tilma.|0508-8899-SE",
            "Aktiveringskod till portalen NKDW-3469 skickad till Signe.|NKDW-3469",
            "Aktivointikoodi portaaliin on 4821-7730-KX.|4821-7730-KX",
            "Your activation code for the portal: 58201944|58201944",
            "Portaalikoodi:4821|4821",
    })
    void findsAPortalsCode(String text, String code) {
        assertEquals(List.of(code), Found.in(detector, text));
    }

    /** Talk about the code, a date after its word, a case's number beside it, and an activation code of no portal. */
    @ParameterizedTest
    @ValueSource(strings = {"Portal code expired, new one sent.", "Aktiveringskod till portalen skickad 2026-03-12.",
            "Activation code for the portal sent on 12.3.2026.", "portal code reset for case CS-4766578",
            "Portaalikoodi 2026-03-12 asti voimassa.", "Licence activation code 4821 for the app",
            "Portal code x86-64 build failed."})
    void leavesOtherWordsAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
