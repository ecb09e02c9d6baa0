package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmailDetectorTest {

    private final EmailDetector detector = new EmailDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sähköpostini on matti.virtanen@example.com, kiitos|matti.virtanen@example.com|matti.virtanen@example.com",
            "write to matti(at)example.fi please|matti(at)example.fi|matti@example.fi",
            "osoite: matti [at] example [dot] fi|matti [at] example [dot] fi|matti@example.fi",
            "it is matti.virtanen at example dot com|matti.virtanen at example dot com|matti.virtanen@example.com",
            "matti.virtanen at example.com|matti.virtanen at example.com|matti.virtanen@example.com",
            "link https://portal.example.fi/reset?email=anna.k%40firma.fi&x=1|anna.k%40firma.fi|anna.k@firma.fi",
            "<a href=\"mailto:Liisa.Laine@Yritys.FI\">|Liisa.Laine@Yritys.FI|liisa.laine@yritys.fi",
    })
    void findsAddressesAndNormalisesThem(String text, String expected, String value) {
        Found.exactly(detector, text, expected, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "look at example.com for the guide",
            "meet at 10.30 in room 4",
            "the @channel mention in Teams",
            "version 2.1@build",
            "tarkista sivu portal.example.fi",
            "hinta 12,50 € at the shop",
    })
    void leavesLookAlikesAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
