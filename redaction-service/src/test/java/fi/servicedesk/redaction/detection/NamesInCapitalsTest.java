package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Names written in capitals (NamesInCapitals): a name and nothing else to Voikko and the lists, the other part of the
 * name beside it, and a name the message writes elsewhere in mixed case.
 */
class NamesInCapitalsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "OVI B2 HYLÄTTY kortti 0412 (KORHONEN ANTTI)|KORHONEN;ANTTI",
            "Soitti Jarmo Kivi. Lomakkeessa: KIVI JARMO|Jarmo;Kivi;KIVI;JARMO",
            "VIRTASEN KONE EI KÄYNNISTY|VIRTASEN",
            "KIIREELLISISSÄ ASIOISSA OTA YHTEYTTÄ TAI RANIAAN.|RANIAAN",
            // a surname no list knows after given names in capitals, ending the field
            "Lähettäjä: JARMO STORSJÖ-GOKHALE, Sveitsi|JARMO;STORSJÖ-GOKHALE",
            // not where the field goes on after it
            "Lähettäjä: JARMO STORSJÖ-GOKHALE KUTSUI|JARMO",
            // a Finnish noun there after a given name: a surname of nature's words
            "Lähettäjä: JARMO KONTIOKALLIO, Sveitsi|JARMO;KONTIOKALLIO",
    })
    void findsNamesInCapitals(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ACCESS LOG DOOR B2 DENIED, SAP AND VPN DOWN, ELISA EI VASTAA",
            "KULUNVALVONTA: OVI HYLÄTTY, KIVI OSUI IKKUNAAN, TEAMS KAATUI",
            "FEMKE SAYS ITS MORSE CODE, OR THE ALZHEIMER'S SOCIETY PORTAL",
    })
    void leavesWordsInCapitals(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
