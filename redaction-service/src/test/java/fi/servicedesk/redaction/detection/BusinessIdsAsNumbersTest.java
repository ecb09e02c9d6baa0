package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Seven digits, a hyphen and a business id's check digit are a firm's id, with its label or without. */
class BusinessIdsAsNumbersTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @ValueSource(strings = {"Detta meddelande kan innehålla konfidentiell information. FO-nummer 0157025-9",
            "Toimittaja 0157025-9 laskuttaa kuukausittain.", "Firm 0157025-9, registered in 2019."})
    void readsNoPhoneInABusinessId(String text) {
        assertEquals(List.of(), Found.inOrder(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Soita numeroon 0157025-8 heti.", "puh. 040 123 4567"})
    void readsAPhoneWhoseCheckDigitFitsNoBusinessId(String text) {
        assertEquals(1, Found.inOrder(detector, text).size(), text);
    }
}
