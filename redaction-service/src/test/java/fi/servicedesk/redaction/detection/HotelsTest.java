package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A hotel's name beside its word or its chain is the hotel's (Hotels); capitalised words come marked. */
class HotelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Card declined at Break Sokos Hotel Eden; Anna Berg paid.|Card;Anna;Berg",
            "Trip to Oulu, flight AY 610, Radisson Blu Royal.|Trip;Oulu",
            "Resa till Tallinn, Hotel Aleksanteri, med Ebba Falk.|Resa;Tallinn;Ebba;Falk",
            "Stays: Scandic Simonkenttä, Premier Inn Leeds City and Lapland Hotels Oulu.|Stays",
            // a venue's name before the hotel's word, which NotAPerson's venues leave to this rule
            "Dinner is at the Victoria Hotel, Anna Berg pays.|Dinner;Anna;Berg",
            // a name on the next line signs the letter, and a name after a word in lower case stays
            "Hotel\\nAnna Virtanen|Anna;Virtanen",
            "the hotel Anna Virtanen booked|Anna;Virtanen",
            // a subject line in title case: the guest after an ordinary word
            "Hotel Booking Anna Virtanen|Booking;Anna;Virtanen",
    })
    void takesTheMarkOffAHotelsName(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> Hotels.unmark(s, tokens, words, marks), text, names);
    }
}
