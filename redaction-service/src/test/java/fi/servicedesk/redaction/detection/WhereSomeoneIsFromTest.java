package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhereSomeoneIsFromTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a town or a firm a person named is from
            "★★☆☆☆ Adekunle from Morrisons: Love it.|Adekunle;Love",
            "Virve Morrison from Lappeenranta asked about a box.|Virve;Morrison",
            // a word that reads as a surname, even a town's ("Leeds"), or as neither place nor firm, stays
            "★★☆☆☆ Adekunle from Leeds: Love it.|Adekunle;Leeds;Love",
            "Virve Morrison from Aberdeen asked about a box.|Virve;Morrison;Aberdeen",
            // a second person: a given name, a full name, a possessive, a firm bearing the person's name
            "a card to Anna from Liisa.|Anna;Liisa",
            "Anna from Liisa Virtanen called.|Anna;Liisa;Virtanen",
            "Tom from Virtanen's team rang.|Tom;Virtanen",
            "Virve Morrison from Morrisons asked about a box.|Virve;Morrison;Morrisons",
            "Anna Smith from Acme Ltd called.|Anna;Smith;Ltd",
            "Ticket handed over to Sara from Nieminen while he is on leave.|Ticket;Sara;Nieminen",
            // no name before "from"
            "postcards from Leeds.|Leeds",
    })
    void takesTheMarkOffWhereSomeoneIsFrom(String text, String names) {
        MarkedWords.assertStay(WhereSomeoneIsFrom::unmark, text, names);
    }
}
