package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Hl7IdentifiersTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "PID|1||022283756^^^NHS^NH||Hill^Ann^^^Mrs",
            "PID|1||001 375 4415^^^SE^PN||Berg^Inga",
            "MSH|^~\\&|PAS|Royal Infirmary|EPR|TRUST|2026-06-09 10:45:32||ADT^A08|004612053778|P|2.4",
    })
    void leavesTheIdentifiersOfAnHl7Message(String segment) {
        assertEquals(List.of(), Found.in(detector, segment));
    }

    @Test
    void keepsThePhoneInAPatientsPhoneField() {
        assertEquals(List.of("0790394742"),
                Found.in(detector, "PID|1||022283756^^^NHS^NH||Hill^Ann^^^Mrs||||||63 Wellington Road^^London||0790394742"));
    }
}
