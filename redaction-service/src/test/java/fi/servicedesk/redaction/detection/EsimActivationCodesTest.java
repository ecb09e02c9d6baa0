package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EsimActivationCodesTest {

    private final CredentialDetector detector = new CredentialDetector();

    /** The QR code's string wherever it stands, and a code after an activation code's word in Finnish, Swedish or English. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Activation code: LPA:1$rsp.example.com$J85NP2500PZ54|LPA:1$rsp.example.com$J85NP2500PZ54",
            "Huom! Älä jaa aktivointikoodia LPA:1$rsp.example.com$K72GS5174LR85.|LPA:1$rsp.example.com$K72GS5174LR85",
            "Edellinen aktivointikoodi LPA:1$smdp.example.net$L2E44-P582F-3615BE ei enää toimi.|"
                    + "LPA:1$smdp.example.net$L2E44-P582F-3615BE",
            "Scanned LPA:1$smdp.example.net$DBWD-2180-LF67-1383$1.3.6.1.4.1.31746$1 on the new phone|"
                    + "LPA:1$smdp.example.net$DBWD-2180-LF67-1383$1.3.6.1.4.1.31746$1",
            // without the QR code's "LPA:", or the matching id alone, after the code's word
            "Aktivointikoodi 1$rsp.example.com$F33SN5152VA45 lähetettiin sähköpostiin.|1$rsp.example.com$F33SN5152VA45",
            "Aktiveringskoden är RDPX-6521-SN32-5548, skickad till kunden.|RDPX-6521-SN32-5548",
            "eSIM activation code: K72GS5174LR85|K72GS5174LR85",
            "Tässä eSIM-koodisi: 2143-0901-3437-0302|2143-0901-3437-0302",
    })
    void findsAnActivationCode(String text, String code) {
        assertEquals(List.of(code), Found.in(detector, text));
    }

    /** Talk about the code, a date or an error code after its word, and the QR code's word inside another. */
    @ParameterizedTest
    @ValueSource(strings = {"Aktivointikoodi lähetettiin asiakkaan sähköpostiin.", "The activation code expired yesterday.",
            "eSIM-koodi tulee myös", "Aktiveringskoden skickades 2026-03-12.", "activation code 0xC004F074 again",
            "QR-koodi tulee sähköpostiin", "HELPA:1$x.example.com$AB12CD34EF"})
    void leavesOtherWordsAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
