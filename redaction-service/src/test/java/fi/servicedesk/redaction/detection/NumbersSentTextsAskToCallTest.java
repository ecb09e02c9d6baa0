package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The line a text sent from a message log tells its reader to call is the sender's, no person's phone. */
class NumbersSentTextsAskToCallTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-03-02 08:15:40 → 358405551234: Vastaanotto on täynnä, soita 0600 41 772.|358405551234",
            "2026-03-02 08:15:40 → 358405551234: Aikasi on siirretty. Soittakaa meille numeroon 09 612 48833|358405551234",
            "2026-03-02 08:15:40 -> 46705551234: Din tid är flyttad, ring oss på 08-612 488 33.|46705551234",
            "11:02 → 447400123456: Your slot moved. Call us on 020 7946 0321.|447400123456"})
    void dropsTheLineASentTextAsksToCall(String log, String recipient) {
        assertEquals(List.of(recipient), Found.inOrder(detector, log));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a received text gives its sender's own number; a sent one that names whom to call passes a person's on
            "2026-03-02 08:15:40 ← 358405551234: soita 040 612 4883 kiitos|358405551234,040 612 4883",
            "2026-03-02 08:15:40 → 358405551234: soita Ailalle 040 612 4883|358405551234,040 612 4883",
            // no message log's line: a person asks to be called
            "Hei, soita 040 612 4883 kun ehdit.|040 612 4883"})
    void keepsANumberNoSentTextGivesAsItsOwnLine(String text, String expected) {
        assertEquals(List.of(expected.split(",")), Found.inOrder(detector, text));
    }
}
