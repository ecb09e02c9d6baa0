package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A code written after the number it is sent to. */
class CodesSentToANumberTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "08:48 Daryna: Kiitos, lisätty. Vahvistuskoodi tulee numeroosi +358 45 651 1023: 72758721|+358 45 651 1023",
            "Your code was sent to +44 7700 900123: 48291377|+44 7700 900123",
            "Lähetin koodin numeroon 040 123 4567: 61289. Kerro se minulle.|040 123 4567",
            "Jag skickade koden till 070 123 45 67: 83310. Läs upp den.|070 123 45 67",
            // the verb that gives the code, in place of the colon
            "The pick-up code sent to 091 8379 4300 was 02082029 but the locker won't open.|091 8379 4300",
            "Koodi lähetettiin numeroon 040 123 4567 oli 04128833.|040 123 4567",
            // the sender's number is no sending
            "Lähettäjän numero 040 123 4567: 040 765 4321 on uusi.|040 123 4567,040 765 4321",
            // no code named: two numbers, each a phone
            "Numerot ovat +358 45 651 1023: 040 123 4567|+358 45 651 1023,040 123 4567",
            // a code named but sent to no number, and a phone after the colon, no code's ungrouped digits
            "The code went to the old number 07700 900123: 07700 900456 is my new one.|07700 900123,07700 900456",
            "The code went to the old number 07700 900123 and 0401234567 is my new one.|07700 900123,0401234567",
    })
    void keepsTheCodeAfterTheNumber(String text, String phones) {
        assertEquals(List.of(phones.split(",")), Found.inOrder(detector, text));
    }

    /** A code the sentence sends to a number and gives after it as what the code was. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The pick-up code sent to +44 7700 900123 was 482913 but the locker won't open.|482913",
            "Koden som kom till 070 123 45 67 var KB4821, men skåpet öppnas inte.|KB4821",
            "Koodi, joka tuli numeroon 040 123 4567, oli 612-966.|612-966",
            "The code you texted to +358 (0)45 243 6500 is 5674#.|5674#",
    })
    void findsTheCodeGivenAfterTheNumber(String text, String code) {
        assertEquals(List.of(code), Found.in(new CredentialDetector(), text));
    }

    /** A code that names a thing, a sentence that sends no code, and no code's shape after the number. */
    @ParameterizedTest
    @ValueSource(strings = {
            "The tracking code sent to +44 7700 900123 was 48213344.",
            "The invoice sent to +44 7700 900123 was 4821.",
            "The code sent to +44 7700 900123 was wrong.",
            "Koden som kom till 070 123 45 67 var 2026-03-12.",
            "The code is fine. My number 040 123 4567 is 2 years old.",
    })
    void leavesOtherNumbersAfterTheNumber(String text) {
        assertEquals(List.of(), Found.in(new CredentialDetector(), text));
    }
}
