package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whom to call or reach by name and the number after "on" or "på", in English and Swedish. */
class ReachSomeoneOnTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @ValueSource(strings = {"Nå Hugo-Sixten Ängsholm på 080 516 5542 om ni behöver mer.",
            "Call Honoria on 77 923 73 59 tomorrow.", "Reach Hugo Ängsholm at 080 516 5542 if needed."})
    void readsTheNumberOfWhomToReach(String text) {
        assertEquals(1, Found.inOrder(detector, text).size(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vi nådde Helsingfors på 2915 0376 sekunder.", "Nå är Leveransen på 2915 0376 kronor."})
    void leavesANumberThatNoPersonHas(String text) {
        assertEquals(List.of(), Found.inOrder(detector, text));
    }
}
