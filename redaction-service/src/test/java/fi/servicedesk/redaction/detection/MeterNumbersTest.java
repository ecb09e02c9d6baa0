package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MeterNumbersTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "Mittari Diehl Hydrus (55150869), käyttöpaikan tunnus on tiedossa.",
            "Mätare Kamstrup MULTICAL 603 (0967 2538). Grannen fick samma.",
            "Meter Diehl Hydrus (88332802), MPAN is on the bill.",
    })
    void leavesAMetersReadingAndSerial(String record) {
        assertEquals(List.of(), Found.in(detector, record));
    }

    @Test
    void leavesAMetersReadingBesideTheCustomersPhone() {
        assertEquals(List.of("+36-20-675-9963", "+37491615654"), Found.in(detector, """
                Customer: Levente Lakatos, Flat 58, Albert Court, NG1 6FQ, +36-20-675-9963
                Engineer: Anahit Sargsyan (+37491615654)
                Old meter 04769314, read 01032.7; new Itron ACE6000 LGZ26164554, read 859488.8
                """));
    }

    @Test
    void keepsAPersonsNumberInBrackets() {
        assertEquals(List.of("040 672 4933"),
                Found.in(detector, "Mittarin luki huoltomies Unto Tyrnisuo (040 672 4933)."));
    }
}
