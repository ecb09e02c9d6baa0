package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SubscriberIdentitiesTest {

    private final DeviceIdDetector detector = new DeviceIdDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kortti 8935812345678901234 suljettu, ICCID ja IMSI 244911036447750 toimitettu poliisille.|244911036447750|244911036447750",
            "SIM 89440123456789012345 barred, IMSI 234208832324268 shared with the police.|234208832324268|234208832324268",
            "IMSI: 240 07 0820836502|240 07 0820836502|240070820836502",
            "Liittymän IMSI-numero on 244053835949608.|244053835949608|244053835949608",
            "Abonnemangets IMSI-nummer är 240018977464515.|240018977464515|240018977464515",
            "The subscriber's IMSI is 310260000000000.|310260000000000|310260000000000",
            "attach rejected: imsi=262011234567890 msisdn=4915112345678|262011234567890|262011234567890",
            "Tarkistin IMSI:n (24405596899964) lokista|24405596899964|24405596899964",
    })
    void findsASimsImsiAfterItsLabel(String text, String expected, String value) {
        Found.exactly(detector, text, expected, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // an ICCID names the card: no country's mobile code opens it
            "IMSI 893580123456789 (oikeasti ICCID)",
            // a test network's code, as a lab's SIM carries it
            "IMSI 001010123456789",
            "asiakasnumero 244911036447750, IMSI puuttuu",
            "IMSI 2449110364477501234",
            "IMSIt päivitetään 244911036447750 kertaa",
    })
    void leavesOtherNumbersAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @Test
    void anImsiIsNoCardAndNoPhone() {
        var redacted = new Redactor(false).redact(
                "SIM-kortti vaihdettu: IMSI 244911036447750, IMEI 350887430716536, numero +358 40 123 4567.",
                KnownIdentifiers.NONE, Placeholders.inMemory());
        assertEquals("SIM-kortti vaihdettu: IMSI [DEVICE_ID_1], IMEI [DEVICE_ID_2], numero [PHONE_1].",
                redacted.text());
    }
}
