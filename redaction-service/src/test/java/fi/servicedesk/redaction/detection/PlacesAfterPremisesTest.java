package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacesAfterPremisesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a town after a premises word, ending its line
            "2026-05-06T04:43:50Z COLLECTED SV359596401GB depot Aberdeen\\nnext|",
            // a surname by the lists, with no place's reading, stays
            "2026-05-06T04:43:50Z COLLECTED SV359596401GB depot Leeds\\nnext|Leeds",
            "Keräilylista 16.1.2027 – varasto Kokkola|Keräilylista",
            "Andile osti sen myymälästä Lappeenranta.|Andile",
            // inside a sentence, or inflected, a name after a premises word may be a person's
            "Siirrä Kallion toimipiste Lucíalle, hän jatkaa siitä.|Siirrä;Kallion;Lucíalle",
            "The office Anna runs is closed.|The;Anna",
            "Siirrä toimipiste Virtaselle|Siirrä;Virtaselle",
            // given names after premises are the staff on duty there
            "Cover today: reception Sarah, warehouse Tom|Cover;Sarah;Tom",
            "Vuorot tänään: kassa Liisa, varasto Mikko|Vuorot;Liisa;Mikko",
    })
    void takesTheMarkOffPlacesAfterPremises(String text, String names) {
        MarkedWords.assertStay(PlacesAfterPremises::unmark, text, names);
    }
}
