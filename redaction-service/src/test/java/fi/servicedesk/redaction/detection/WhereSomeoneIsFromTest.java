package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhereSomeoneIsFromTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a town or a firm a person named is from
            "★★☆☆☆ Adekunle from Leeds: Love it.|Adekunle",
            "Virve Morrison from Morrisons asked about a box.|Virve;Morrison",
            // a second person: a given name, a full name, a possessive, a firm bearing the person's name
            "A card to Anna from Liisa.|A;Anna;Liisa",
            "Anna from Liisa Virtanen called.|Anna;Liisa;Virtanen",
            "Tom from Virtanen's team rang.|Tom;Virtanen",
            "Sylvi Harrod from Harrods reported it.|Sylvi;Harrod;Harrods",
            // no name before "from"
            "Greetings from Leeds.|Greetings;Leeds",
    })
    void takesTheMarkOffWhereSomeoneIsFrom(String text, String names) {
        MarkedWords.assertStay(WhereSomeoneIsFrom::unmark, text, names);
    }
}
