package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Buildings, institutions, prizes and charities named after people (NamedInstitutions), with the name tagger on:
 * the name before the kind's word is the institution's, unless a word that names a person comes before it.
 */
class NamedInstitutionsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The VPN of Aalto University drops every hour, says Helmi Virtanen.|Helmi;Virtanen",
            "Routers at Churchill House need a reboot; Pekka Nieminen has the keys.|Pekka;Nieminen",
            "Maija Korhonen donated to Alzheimer's Society.|Maija;Korhonen",
            "Projectors at Roosevelt High are down, says Maija Korhonen.|Maija;Korhonen",
    })
    void keepsTheInstitution(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Please ask Victoria House about the invoice.|Victoria;House",
    })
    void keepsThePerson(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }
}
