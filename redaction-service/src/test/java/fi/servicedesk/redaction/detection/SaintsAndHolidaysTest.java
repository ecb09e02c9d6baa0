package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A saint's name before a church's word is no one's (SaintsAndHolidays); capitalised words come marked. */
class SaintsAndHolidaysTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the saint's word and the saint's name
            "Konfirmaatio Pyhän Henrikin katedraali; kummi Matti Virtanen.|Konfirmaatio;Matti;Virtanen",
            "Vihkiminen Pyhän Marian kirkossa, Matti Virtanen.|Vihkiminen;Matti;Virtanen",
            "Konfirmation i S:t Görans kyrka. Kontakt Ebba Falk.|Konfirmation;Kontakt;Ebba;Falk",
            // Pyhä the fell and its resort, in any case, and "Pyhän" before no church's word
            "Pyhälle Anna tulee huomenna hiihtämään.|Pyhälle;Anna",
            "Pyhässä Anna oli hiihtämässä.|Pyhässä;Anna",
            "Pyhän Anna Virtanen soitti mökistä.|Pyhän;Anna;Virtanen",
    })
    void takesTheMarkOffASaintsName(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> SaintsAndHolidays.unmark(s, tokens, words, marks), text,
                names);
    }
}
