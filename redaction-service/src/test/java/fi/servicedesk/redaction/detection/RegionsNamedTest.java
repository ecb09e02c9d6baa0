package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionsNamedTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kerensa Goodchild – Dakar, 5:00, 77 791 30 62|SN",
            "Mariel Soriano (Dakarissa): klo 8.00, puh. 77 172 34 50|SN",
            "Florencia Benítez – Bogotá, 3:00, 385 538 9779|CO",
            "Ousmane Asante (Mexico Cityssä): klo 2.00|MX",
            "Liity puhelimitse: 0800 138 2915 (Iso-Britannia)|GB",
            "Dakar's office line|SN",
    })
    void namesTheCountryOfACityOrItsOwnName(String line, String region) {
        assertEquals(region, RegionsNamed.onLine(line, line.length()).getFirst());
    }

    @Test
    void putsThePlaceNearestToThePointFirst() {
        var line = "Lima office, Dakar desk: 77 791 30 62";
        assertEquals(List.of("SN", "PE"), RegionsNamed.onLine(line, line.indexOf("77")));
    }

    @Test
    void readsOnlyThePointsLineAndWholeWordsWithTheirEndings() {
        var text = "Meeting in Dakar\nThe dakarian gadget 77 791 30 62\nBogotá";
        assertTrue(RegionsNamed.onLine(text, text.indexOf("77")).isEmpty());
    }
}
