package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The capitalised partitive after "ilman", without whom (FinnishPersonPhrases.markWithout). */
class NamesWithoutWhomTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a name nobody knows, a listed one, and one that is a short noun to Voikko
            "Ilman Guttormia emme pääse eteenpäin.|Guttormia",
            "Ilman Kuznetsovia emme pääse eteenpäin.|Kuznetsovia",
            "Emme saa tunnuksia ilman Routaa.|Routaa",
    })
    void findsWhomOneIsWithout(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // products, a place, and a partitive in lower case
            "Ilman Teamsia emme voi pitää palaveria. Ilman Outlookia ei ole kalenteria.",
            "Ilman Helsinkiä ei ole toimistoa.",
            "Ilman routaa kaapeli ei nouse.",
    })
    void leavesProductsPlacesAndWords(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
