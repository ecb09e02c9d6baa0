package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirmsByLegalFormTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // trades joined by "&" before the form, and a group's company in one country
            "\"Sydkustens Kyl & Värme AB ringde, sa Jarmo.\"|Jarmo",
            "\"Huollon tekee Dahl Suomi, asentajana Kerttu Vuokkosuo.\"|Huollon;Kerttu;Vuokkosuo",
            // a trade in capitals between the name and the form; without a form the name stays
            "\"Ystävällisesti\\nAhto Äijö\\nOksala IT Oy\"|Ystävällisesti;Ahto;Äijö",
            "\"Kysy Oksala IT:ltä, sanoi Ahto.\"|Kysy;Oksala;Ahto",
            // two people joined by "and" or "&" with no form after them stay
            "\"Anna & Pekka Virtanen soittivat.\"|Anna;Pekka;Virtanen",
            // a law firm, a housing association and a Swedish foundation, named after people
            "\"Adwoa Touré (Pembertons Solicitors) rang.\"|Adwoa;Touré",
            "\"The claim by Harbour Homes Housing Association against you and Lyyli Goodax.\"|The;Lyyli;Goodax",
            "\"Folke Ahlskogs konto hos Stiftelsen Ahlskog.\"|Folke;Ahlskogs",
            // a surname that is an organisation's word stays where the same person is named with it inflected
            "\"Maksaja: Somsak Bank. Kerroin Somsak Bankille eräpäivän.\"|Maksaja;Somsak;Bank;Kerroin;Somsak;Bankille",
            "\"Maksaja Somsak Bankille, tili Aktia Bank.\"|Maksaja;Somsak;Bankille",
            "\"Guest: Ploy Bank Chaiyasit, room 12. Card for Chaiyasit, Ploy Bank.\"|Guest;Ploy;Bank;Chaiyasit;Card;Chaiyasit;Ploy;Bank",
    })
    void takesTheMarkOffAFirmsName(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> FirmsByLegalForm.unmark(s, tokens, marks), text, names);
    }
}
