package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Phones typed in odd groups with dots or slashes, trunk-8 mobiles and numbers sent in two messages. */
class PhoneShapedNationalNumbersTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "soita +358 40.123.4567 illalla|+358 40.123.4567",
            "uus nro 080.1234.5678|080.1234.5678",
            "Handy: 0170/1234567|0170/1234567",
            "мой номер 89161234567, звони|89161234567",
            "call me on 8 916 123-45-67 tonight|8 916 123-45-67",
            "call me on 09012345678 after six|09012345678",
    })
    void findsANumberTypedInOddGroups(String text, String phone) {
        assertEquals(List.of(phone), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "palaveri 05.12.2026 klo 10",
            "versio 0.12.3456 julkaistu",
            "osoite 10.37.27.76 ei vastaa",
            "tilaus 0123.4567.89 lähti",
            "lasku 81234567890 maksettu",
            "Matka AY 0186 6.7.2027. Samassa varauksessa kaksi.",
            "SIM 8935 8499 8916 1234 567",
            "diaari 896/2752/2026 avattu",
            "tilausnumero 09012345678 lähti",
    })
    void leavesOtherRunsAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @org.junit.jupiter.api.Test
    void findsBothPiecesOfANumberSentInTwoMessages() {
        var text = "laita numero niin lisään\n[1.2. 10:01] Sanna: +358 40 12\n[1.2. 10:02] Sanna: 34 567\n[1.2. 10:03] Olli: kiitos";
        assertEquals(List.of("+358 40 12", "34 567"), Found.inOrder(detector, text));
        var alone = "uusi numero?\nSanna, [1.2. 10:01]\n0401\nSanna, [1.2. 10:02]\n234567";
        assertEquals(List.of("0401", "234567"), Found.inOrder(detector, alone));
        assertEquals(List.of(), Found.in(detector, "summat:\n1500\n2300\n4100"));
        assertEquals(List.of(), Found.in(detector, "numerot:\n1500\n2300"));
    }
}
