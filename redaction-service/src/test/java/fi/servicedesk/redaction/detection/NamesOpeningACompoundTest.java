package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NamesOpeningACompoundTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kysyin asiaa Pekka Hirvoselta. Botti ei tunnistanut Hirvoselta-muotoa.|Hirvoselta",
            "Utredaren Ingrid Lindqvist lämnade in rapporten, och Lindqvist-utredningen är klar.|Lindqvist",
            "Our manager Priya Raman signed it off, so the Raman-approved plan goes live.|Raman",
    })
    void findsANameFoundAgainAsACompoundsFirstPart(String text, String part) {
        int at = text.indexOf(part + "-");
        assertTrue(Found.findings(detector, text).stream().anyMatch(f -> f.start() == at && f.end() == at + part.length()), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Lähetä raportti Excel-muodossa Matti Virtaselle.|Excel",
            "Hej Sanna Berg, Teams-mötet börjar nu.|Teams",
            "Ask Laura Jones to send the PDF-formatted copy.|PDF",
            "Opiskelija Sampo Laiti soitti, ja Sampo-palvelu on myös nurin.|Sampo",
            // a phrasal noun: the word before the hyphen is the verb, though a rule read it as a name
            "Kiitos Follow Nieminen! The Follow-up call is on Monday.|Follow",
            // an airport's, a train's or a foundation's word as the head: the thing named after someone of the name
            "Laukku ei ole Iines Chopinin laukku, se jäi Chopin-lentoasemalle.|Chopin",
            "Algot Kennedys väska finns på Kennedy-flygplatsen.|Kennedy",
            "Asia ei koske Aili Toiviaista vaan Toiviainen-säätiötä.|Toiviainen",
            "Palkinto ei ole Aleksis Kiven vaan Kivi-palkinto.|Kivi",
            "Kortti ei ole Aapeli Nurmen vaan Nurmi-areenan.|Nurmi",
            "Lava Madetoja-lava; Irja Madetojalta ei ole tilausta.|Madetoja",
    })
    void leavesOtherCompoundsAlone(String text, String part) {
        int at = text.indexOf(part + "-");
        assertFalse(Found.findings(detector, text).stream().anyMatch(f -> f.start() <= at && f.end() > at), text);
    }
}
