package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A phone's maker, series and model code are no names (HandsetModels); capitalised words come marked. */
class HandsetModelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Laite: Xiaomi Redmi Note 12 Pro, käyttäjä Iida Rantala|Laite;Iida;Rantala",
            "Handset Samsung Galaxy A15 goes to Tobias Berg.|Handset;Tobias;Berg",
            "Puhelin Doro 6820 jää Leevi Ahoselle.|Puhelin;Leevi;Ahoselle",
            // a maker's name with no model code after it is left to the other rules
            "Kysy Sony Lindbergiltä.|Kysy;Sony;Lindbergiltä",
    })
    void takesTheMarkOffAPhonesModel(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> HandsetModels.unmark(s, tokens, marks), text, names);
    }
}
