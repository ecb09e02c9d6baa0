package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThingsInListsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // words listed beside a thing are things
            "Muutto koskee yksiköitä Kirjanpito, Markkinointi ja Varasto.|Muutto",
            "Oikeudet tarvitsevat HR, Talous ja IT.|Oikeudet",
            // a word that is only a name stays, and so does a list beside a person's name
            "Avaa Excel, Teams ja Jussi.|Avaa;Excel;Teams;Jussi",
            "Kutsu Jussi, Markkinointi ja Sanna.|Kutsu;Jussi;Markkinointi;Sanna",
            // an item of two words may be a person's full name
            "Tiimit: Kirjanpito, Hope Lindqvist ja Varasto.|Tiimit;Kirjanpito;Hope;Lindqvist;Varasto",
    })
    void takesTheMarkOffThingsListedBesideThings(String text, String names) {
        MarkedWords.assertStay(ThingsInLists::unmark, text, names);
    }
}
