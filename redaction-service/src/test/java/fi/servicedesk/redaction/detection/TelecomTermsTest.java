package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The codes of SIM cards and call records and the nouns of switchboards and porting (TelecomTerms), with the name tagger
 * on: no one's name, whereas a person named Sim stays one.
 */
class TelecomTermsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Pasi Laine ordered a replacement SIM (8935 8057 2740 9664 624) for Outi Rinne.|Pasi;Laine;Outi;Rinne",
            "Calls of Tove Sandell:\\n2026-02-13 09:41:40 46842776248 -> 6768725919 826 s ROAM-MOC\\n2026-02-13 09:42:03 46842776248 -> 79116525373 00:16:19 VMS\\n2026-02-13 09:43:03 46842776248 -> 79116525373 12 s SMS-MT|Tove;Sandell",
            "Nimi;Numero;Liittymä\\nVirtanen Outi;040 123 4567;Multi-SIM\\nVaihde;+358 10 123 4567;Vaihdeliittymä|Virtanen;Outi",
            "Namn;Nummer;Abonnemang\\nSandell Tove;070 123 45 67;Twin-SIM\\nVäxel;08-787 86 00;Växelabonnemang|Sandell;Tove",
            "Lisää: Outi Rinne\\nYlivuoto Pekka Laineen matkapuhelimeen klo 16 jälkeen.|Outi;Rinne;Pekka;Laineen",
            "Handläggare: Tove Sandell · Kö: Hunt group 800|Tove;Sandell",
    })
    void keepsTheTerm(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sim Jae-won asked for a new phone.|Sim;Jae-won",
            "Kysy Jonolta, hän hoitaa vaihteen.|Jonolta",
    })
    void keepsThePerson(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }
}
