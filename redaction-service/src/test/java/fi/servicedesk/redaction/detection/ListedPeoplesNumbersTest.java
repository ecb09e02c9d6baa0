package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A list item's person, their name written again in its own script in parentheses, and their number after the comma. */
class ListedPeoplesNumbersTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @ValueSource(strings = {"3. Ramila Paudel (रमिला पौडेल), 9805313788",
            "1. Zviad Chkhaidze (ზვიად ჩხაიძე), 558 19 12 56", "1. Farzin Behbahani (فرزین بهبهانی), 09369076926"})
    void readsTheNumberAfterTheNameInItsOwnScript(String item) {
        var list = "Anmälda till kursen:\n\n" + item + "\n";
        assertEquals(1, Found.inOrder(detector, list).size(), item);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1. Dell Latitude (5440), 9805313788", "2. Replace Laptop (urgent), 4411 2210"})
    void leavesAThingsNumberInAList(String item) {
        assertEquals(List.of(), Found.inOrder(detector, "Tilatut:\n\n" + item + "\n"));
    }
}
