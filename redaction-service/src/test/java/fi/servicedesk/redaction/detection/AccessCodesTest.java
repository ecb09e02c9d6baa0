package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccessCodesTest {

    private final CredentialDetector detector = new CredentialDetector();

    /** An access or activation code by its word, a code given as new, a ticket's or wristband's bare code. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Lapsen pääsykoodi FCPZ-6885.|FCPZ-6885",
            "Villelle lähetetty uusi pääsykoodi 15383682.|15383682",
            "Done, new access code for Anna Lee: U683-P502.|U683-P502",
            "Aktiveringskod: JZ81979|JZ81979",
            "Koulun kirjaston aktivointikoodi on 843 889.|843 889",
            "Your energy account's activation code is 5293-2434.|5293-2434",
            "Adviser Jane Roe: new code 826888 (10 minutes).|826888",
            "Uusi koodi 4821 on voimassa huomiseen.|4821",
            "Hej Eva, din biljett till Way Out West: kod RSGG-6145|RSGG-6145",
            "Barnets armband: Eva Berg, 14 år, kod 809777|809777",
    })
    void findsACodeByWhatItOpens(String text, String code) {
        assertEquals(List.of(code), Found.in(detector, text));
    }

    /**
     * A barcode, a ticket's or a booking's number, a postal code, a licence's code, a code's word with no code or with
     * a date.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "Barcode TKT-4194-1179-8870 cancelled, new access code sent by SMS.",
            "Lippusi: tilausnumero LT1141496627, varauskoodi BK-2298-8421.",
            "Ticket desk, postal code 00100, opens at nine.",
            "Aktivointikoodi lähetetään tekstiviestillä.",
            "Ranneke 421563, VIP-lippu",
            "The new code of conduct 2026 is published.",
            "Access code: 2026-05-10",
            "Ny streckkod QR 679094332052.",
            "Lisenssin aktivointikoodi 4821 ohjelmaan.",
    })
    void leavesLookAlikes(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
