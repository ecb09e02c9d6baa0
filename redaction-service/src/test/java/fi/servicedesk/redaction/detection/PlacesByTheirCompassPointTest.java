package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Places named by a Swedish compass word (PlacesByTheirCompassPoint), with the name tagger on: the compass word and the
 * town before it are the place's, a person before it stays.
 */
class PlacesByTheirCompassPointTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a harbour, a station or a school named by its side of the town
            "Båtplats i Raseborg Norra hamn, ägare Tove Sandell.|Tove;Sandell",
            "Leverans till Ekenäs Västra station, chaufför Tove Sandell.|Tove;Sandell",
            // a person before the compass word stays
            "Kontakt Tove Sandell, Norra kontoret|Tove;Sandell",
    })
    void keepsThePersonOnly(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }
}
