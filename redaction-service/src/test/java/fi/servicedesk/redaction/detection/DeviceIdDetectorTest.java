package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeviceIdDetectorTest {

    private final DeviceIdDetector detector = new DeviceIdDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Lost phone. IMEI 35-150746-348751-1, number 0401234567.|35-150746-348751-1|351507463487511",
            "IMEI-koodi: 350887430716536|350887430716536|350887430716536",
            "imei 35 819509 864638 9 please wipe|35 819509 864638 9|358195098646389",
            "IMEISV 3508874307165301|3508874307165301|3508874307165301",
            "Puhelimen IMEI on 350887430716536.|350887430716536|350887430716536",
            "The phone's IMEI is 35-150746-348751-1.|35-150746-348751-1|351507463487511",
            "Telefonens IMEI är 350887430716536.|350887430716536|350887430716536",
            "IMEI-numero oli 35 819509 864638 9|35 819509 864638 9|358195098646389",
            "Laitteen Nokia G42 IMEI (350887430716536) kirjataan|350887430716536|350887430716536",
            // a check digit typed wrong: under its label still the device's
            "IMEI 350887430716537 (tarkista)|350887430716537|350887430716537",
    })
    void findsAPhonesImeiAfterItsLabel(String text, String expected, String value) {
        Found.exactly(detector, text, expected, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Device name\tPrimary user\tIMEI\tLast check-in\nPixel-9\tanna@example.fi\t350887430716536\t7.5.2026\n",
            "Laite | IMEI | Käyttäjä\nNokia G42 | 350887430716536 | Anna\n",
            "Laite;IMEI-koodi;Käyttäjä\nNokia G42;350887430716536;Anna\n",
            "Laite       IMEI             Käyttäjä\nNokia G42   350887430716536  Anna\n",
    })
    void findsAnImeiInAColumnTitledImei(String table) {
        Found.exactly(detector, table, "350887430716536", "350887430716536");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kuljettaja Aino Virta (avirta.drv, päätelaite 350887430716536)|350887430716536",
            "kuljettaja Aino Virta (avirta.drv, päätelaite 35088743 0716536)|35088743 0716536",
            "the driver's handset 350887430716536 was swapped|350887430716536",
            "Telefonen 35 088743 071653 6 hittades i bussen|35 088743 071653 6",
            "hittad telefon, 35-088743-071653-6, i bussen|35-088743-071653-6",
    })
    void findsAnImeiAfterItsHandsetOrInItsOwnGrouping(String text, String expected) {
        Found.exactly(detector, text, expected, "350887430716536");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // the check digit fails: a model's or an order's number after the handset's word
            "päätelaite 350887430716537",
            "puhelin 358401234567890",
            "viite 35-088743-071653-7",
            "tilaus 350887430716536 toimitettu",
    })
    void takesNoUnlabelledNumberThatFailsTheCheckOrHasNoHandset(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @Test
    void readsNoColumnPastTheTablesEnd() {
        assertEquals(List.of(), Found.in(detector, "Laite\tIMEI\nNokia\tei tiedossa\n\nTilaus\t350887430716536\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "tilaus 350887430716536 toimitettu",
            "IMEI puuttuu, sarjanumero 350887430716536",
    })
    void leavesOtherNumbersAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @Test
    void anImeiIsNoCardAndNoPhone() {
        var redacted = new Redactor(false).redact(
                "Kadonnut puhelin, IMEI 350887430716536 ja IMEI 01 087630 962280 2.", KnownIdentifiers.NONE, Placeholders.inMemory());
        assertEquals("Kadonnut puhelin, IMEI [DEVICE_ID_1] ja IMEI [DEVICE_ID_2].", redacted.text());
    }
}
