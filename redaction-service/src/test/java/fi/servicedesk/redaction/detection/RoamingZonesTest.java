package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoamingZonesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a zone of a roaming price list, in English, Finnish and Swedish
            "Do I pay extra in Norden? Ask Aino Virta|Do;Ask;Aino;Virta",
            "Hei, olin työmatkalla (Maailma 3) ja lasku tuli|Hei",
            "Jag var i Världen 2 och debiterades 40 kr|Jag",
            // a zone's word beside a name is the name
            "Ring Lena Norden imorgon|Ring;Lena;Norden",
    })
    void takesTheMarkOffRoamingZones(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> RoamingZones.unmark(s, tokens, marks), text, names);
    }
}
