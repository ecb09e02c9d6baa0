package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacesGoneToTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a place in the inessive is the place wherever it stands
            "Katko alkaa Lahdessa huomenna.|Katko",
            // after a copula a fault is in a person as in a place; beside a capitalised word it may be a full name
            "Vika ei ole Lahdessa vaan koneessa.|Vika;Lahdessa",
            "Katko alkaa Pekka Lahdessa.|Katko;Pekka;Lahdessa",
    })
    void takesTheMarkOffPlacesInTheInessive(String text, String names) {
        MarkedWords.assertStay(PlacesGoneTo::unmark, text, names);
    }
}
