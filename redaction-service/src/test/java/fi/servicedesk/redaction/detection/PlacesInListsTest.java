package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacesInListsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // places listed beside a place no one bears
            "Yhteyshenkilö: Eija Manninen. Oulu, Tampere ja Turku saavat tulostimet.|Yhteyshenkilö;Eija;Manninen",
            "Offices in Espoo and Vantaa are closed.|Offices",
            // a name anyone bears stays, and so does a place beside no place only
            "Porvoo, Loviisa ja Kotka.|Porvoo;Loviisa;Kotka",
            "Kysy Salolta tai Lahdelta.|Kysy;Salolta;Lahdelta",
            "Tampere soitti.|Tampere",
            // an item of more than one word is a person's, even where its surname is a town
            "Kopio: Raili Kangasniemi, Lahti V.|Kopio;Raili;Kangasniemi;Lahti",
    })
    void takesTheMarkOffPlacesListedBesidePlaces(String text, String names) {
        MarkedWords.assertStay(PlacesInLists::unmark, text, names);
    }
}
