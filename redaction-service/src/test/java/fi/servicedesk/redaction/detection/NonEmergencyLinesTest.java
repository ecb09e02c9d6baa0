package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NonEmergencyLinesTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "Vid vattenläcka jourtelefon 08-555 88 67, vid fara 112.",
            "For a burst pipe out of hours ring 0800 555 5570; if anyone is in danger, 999.",
            "Vesivahingossa soita päivystykseen 0200 55660, hengenvaarassa 112.",
            "Yöllisestä häiriöstä voi soittaa poliisille (ei 112, vaan 029 555 6177).",
            "In an emergency dial 911, otherwise the non-emergency line 0800 555 0123.",
    })
    void leavesALineGivenBesideTheEmergencyNumber(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mobil: 040 555 1234 · Växel: 112",
            "Soita minulle 040 555 1234. Hätätilanteessa 112.",
            "Soita minulle 040 555 1234, hätätilanteessa 112.",
            "Call me on 040 555 1234, or in an emergency 999.",
            "Ring mig på 040 555 1234, vid fara 112.",
            "Call me on 040 555 1234 about the 112 invoices.",
            "2026-06-02 06:58:50;040 555 1234;112;44:28",
            "Caller Anna Virtanen 040 555 1234, advised to call 112.",
            "Ohjasin soittamaan 112, Liisan numero 040 555 1234",
            "Hätätilanteessa 112; muuten Matti Virtanen 040 555 1234.",
    })
    void keepsAPersonsNumber(String text) {
        assertEquals(List.of("040 555 1234"), Found.in(detector, text));
    }
}
