package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccordingToTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Per Somchai, the VPN client is end-of-life.|Somchai",
            "As per Máret's email, the share is deprecated.|Máret",
            "Re: the alert - per Into's note, a reboot fixed it.|Into",
            "According to Grant Cross, the icon has been flaky since Monday.|Grant;Cross",
    })
    void findsWhoseWordIsReported(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "As per Policy, passwords expire after 90 days.",
            "Per Teams, the call failed twice.",
            "Licences are billed per user, per month.",
            "According to Microsoft, the fix ships next week.",
    })
    void leavesPoliciesProductsAndMakers(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
