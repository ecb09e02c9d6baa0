package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumbersTakenBackTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "sori, 040 765 43 21 1 eiku ei",
            "oops 040 765 43 21 was wrong",
            "ups 0407654321 oli väärin",
            "oj 070 765 43 21 var fel",
    })
    void leavesANumberItsWriterTakesBack(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @org.junit.jupiter.api.Test
    void keepsTheNumberThatCorrectsIt() {
        assertEquals(List.of("040 765 4321"), Found.in(detector, "oikea on 040 765 4321, edellinen oli väärin"));
    }
}
