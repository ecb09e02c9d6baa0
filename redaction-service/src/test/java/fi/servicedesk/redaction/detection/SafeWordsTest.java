package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SafeWordsTest {

    private final CredentialDetector detector = new CredentialDetector();

    /** A safe word after its word, whom it is for, and a colon or "is", in Finnish, Swedish or English. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kuittaus liitteenä. Turvasana noutajalle: 4237.|4237",
            "Säkerhetsordet för hämtaren är Blåbär.|Blåbär",
            "Safe word for the collector: heron|heron",
            "The code word is 'tangerine', tell nobody else.|tangerine",
            // a phrase that ends its line or sentence is the word whole, and so is a short word there
            "Safe word: blue heron|blue heron",
            "safe word: ox|ox",
    })
    void findsASafeWord(String text, String word) {
        assertEquals(List.of(word), Found.in(detector, text));
    }

    /** Talk about a safe word, and the word without a colon or a verb that gives it. */
    @ParameterizedTest
    @ValueSource(strings = {"Turvasana sovittiin puhelimessa.", "Turvasana on sovittu huoltajan kanssa.",
            "Safe word is not set for this child.", "Code words help with phishing calls.",
            "The code word was agreed by phone.", "Safe word is not set.", "The code word is in the email."})
    void leavesTalkAboutItAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
