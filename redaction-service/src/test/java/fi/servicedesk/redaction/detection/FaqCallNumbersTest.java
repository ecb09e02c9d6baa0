package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FaqCallNumbersTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "F: Jag har tappat mobilen?\nS: Ring 0771-05 92 63 och spärra abonnemanget.",
            "F: Jag har tappat mobilen?\nS: Ring +46 8 698 13 00 och spärra abonnemanget.",
            "Q: I lost my phone, what now?\nA: Call immediately 0800 813 935 to block the subscription.",
    })
    void leavesTheNumberAnFaqTellsItsReadersToCall(String faq) {
        assertEquals(List.of(), Found.in(detector, faq));
    }

    @Test
    void keepsAPersonsNumberInAnFaqsAnswer() {
        assertEquals(List.of("070 248 78 89"),
                Found.in(detector, "F: Vem äger sidan?\nS: Kontakta Inga Berg, 070 248 78 89."));
    }

    @Test
    void keepsANumberToCallOutsideAnFaq() {
        assertEquals(List.of("0771-05 92 63"), Found.in(detector, "Hej!\nS: Ring 0771-05 92 63 när du kan."));
    }
}
