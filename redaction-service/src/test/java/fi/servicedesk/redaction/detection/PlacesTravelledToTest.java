package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A place after a word of travelling and "to" (PlacesTravelledTo); capitalised words come marked. */
class PlacesTravelledToTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Subject: RE: Office move to Leeds|Subject;Office",
            "Ebba booked a flight to Darwin on Monday.|Ebba;Monday",
            "Ärende: resa till Karolinska Huddinge|Ärende",
            "Our office moved to Charlotte last year.|Our",
            // a ticket handed to a person, a trip to a person's home
            "The ticket moved to Anna Berg yesterday.|The;Anna;Berg",
            "Pekka's trip to Anna's cabin|Pekka;Anna",
            "Send the form to Anna.|Send;Anna",
    })
    void takesTheMarkOffThePlace(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> PlacesTravelledTo.unmark(s, tokens, marks), text, names);
    }
}
