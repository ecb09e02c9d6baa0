package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhoneDetectorTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "soita 040 123 4567 kiitos|040 123 4567|+358401234567",
            "call +358 40 123 4567 today|+358 40 123 4567|+358401234567",
            "numero 040-1234567.|040-1234567|+358401234567",
            "vaihde 09 1234 5678|09 1234 5678|+358912345678",
            "puh. 0401234567|0401234567|+358401234567",
            "Swedish colleague +46 70 123 45 67 called|+46 70 123 45 67|+46701234567",
            "toimisto (09) 123 456|(09) 123 456|+3589123456",
            "numeroni on 040 12 34 567|040 12 34 567|+358401234567",
    })
    void findsNumbersInEveryWrittenForm(String text, String expected, String e164) {
        Found.exactly(detector, text, expected, e164);
    }

    @Test
    void splitsTwoNumbersInARow() {
        assertEquals(List.of("040 1234567", "050 7654321"), Found.in(detector, "numerot 040 1234567 050 7654321"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "tiketti INC0012345 on auki",
            "tilausnumero 123456789 toimitettu",
            "päivämäärä 01.02.2026 klo 08:15",
            "hinta 1 299,00 € alv 0 %",
            "versio 10.0.19045",
            "laskun viite 0123",
            "order 2026-11-20-0042",
            "viite RF18 5390 0754 7034",
            "tili FI21 1234 5600 0007 85",
    })
    void leavesLookAlikesAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
