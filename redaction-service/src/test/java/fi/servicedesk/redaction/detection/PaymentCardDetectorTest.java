package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PaymentCardDetectorTest {

    private final PaymentCardDetector detector = new PaymentCardDetector();

    @ParameterizedTest
    @ValueSource(strings = {"4111 1111 1111 1111", "4111111111111111", "5500-0000-0000-0004", "340000000000009",
            "6011000990139424", "4222222222222"})
    void findsLuhnValidCardNumbers(String card) {
        assertEquals(List.of(card), Found.in(detector, "kortti " + card + " kiitos"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "kortti 4111 1111 1111 1112",
            // Luhn-valid digits grouped as no card is, or joined by a hyphen to an id's letters
            "Conference ID: 317 204 055 800 3",
            "UID:5208113374007-a1f3c9@meet.example.org",
            "tilausnumero 1234567890123456",
            "laskun viite 12345 67890 12345",
            "summa 4 111,11 €",
            "tiketti INC0012345678901",
            // a phone's country code and the hour after it: "+358401231009" and "09" pass Luhn together
            "SMS +358 40 123 1009 09:41: soita takaisin",
            // thirteen Luhn-valid digits that open as no Visa card does: a mobile written without its "+"
            "| A 358412345678 | B 5511950888546 | 3110 s | GPRS",
    })
    void leavesLookAlikesAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
