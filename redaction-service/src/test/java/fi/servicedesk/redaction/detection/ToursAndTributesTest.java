package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A performer's name before the word of its show is the show's (ToursAndTributes); capitalised words come marked. */
class ToursAndTributesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Liput: Kaija Koo -kiertue 2027, Tampere.|Liput;Tampere",
            "Peruttu: J. Karjalaisen kesäkiertue, kolme lippua.|Peruttu",
            "Ostin liput Popedan jäähyväiskiertueelle.|Ostin",
            "Tänään lavalla Irwin Goodman -tribuutti ja Leevi and the Leavings -tribuutti.|Tänään",
            "Tonight: Juice Leskinen Tribute Band, Elvis Tribute: Ben Portsmouth.|Tonight",
            "Vesterinen yhtyeineen soittaa Tavastialla.|Tavastialla",
            "Biljetter till Evert Taube-afton och Veronica Maggio arenaturné.|Biljetter",
            "Inställt: Håkan Hellström – Sverigeturné.|Inställt",
            "Tour: the Sam Fender UK tour, the Lewis Capaldi arena tour.|Tour",
            "Tickets for the Sam Fender tour 2027.|Tickets",
            // a person in another case than the genitive, a head before the name, a guide: people
            "Kerroin Anna Virtaselle konsertista.|Kerroin;Anna;Virtaselle",
            "Lähettäjä: kiertuemanageri Aino Lehto.|Lähettäjä;Aino;Lehto",
            "Ask Anna Virtanen tour guide at the desk.|Ask;Anna;Virtanen",
            "Anna Lee tour of the new office is on Monday.|Anna;Lee;Monday",
            "Anna Lee tour on Monday.|Anna;Lee;Monday",
            "Anna Lee summer tour of the office.|Anna;Lee",
            "Aino Virtasen konsertti siirtyy ensi viikolle, huoltaja maksaa laskun.|Aino;Virtasen",
            "A tribute to Mary Jones was read.|Mary;Jones",
            "Manta-Liisa hoiti Bettencourtin keikan.|Manta-Liisa;Bettencourtin",
            "Lähettäjä Kyllikki-Ilta Kauraniemi|Lähettäjä;Kyllikki-Ilta;Kauraniemi",
    })
    void takesTheMarkOffTheActBeforeItsShow(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> ToursAndTributes.unmark(s, tokens, marks), text, names);
    }
}
