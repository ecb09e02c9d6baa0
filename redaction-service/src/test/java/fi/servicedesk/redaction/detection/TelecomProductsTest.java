package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Operators, switchboard makers, plans and portals (TelecomProducts), with the name tagger on and the rules alone: the
 * product is no one's name, the people beside it are, and a person's name that an operator bears too stays one.
 */
class TelecomProductsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());
    private final PersonNameDetector rules = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Liittymät:\\nVirtanen Outi;040 123 4567;Elisa Yritysliittymä 5G+ (300M);KP 1234\\nLaine Pekka;050 765 4321;Perhepaketti Rajaton;KP 2345|Virtanen;Outi;Laine;Pekka",
            "Abonnemang:\\nSandell Tove;070 123 45 67;Tre Företag Fast Pris;4711\\nNyholm Dagny;070 765 43 21;Tele2 Företag Obegränsad;4712|Sandell;Tove;Nyholm;Dagny",
            "Mabel Thistlewood said roaming was included in Vodafone Business Unlimited Max.|Mabel;Thistlewood",
            "Vanha operaattori: Tre, uusi: Vimla. Siirrosta vastaa Outi Rinne.|Outi;Rinne",
            "Nuvarande operatör: Hallon. Flytten görs av Tove Sandell.|Tove;Sandell",
            "Hei, olin työmatkalla ja Elisa laskutti 35 Gt dataa. Soitin vain Outi Rinteelle.|Outi;Rinteelle",
            "Tarkistin Elisa Yrityksen OmaElisa: siirto tehty, mutta Pekka Laine oli tilannut väärän.|Pekka;Laine",
            "Exporterad från Minsida Företag 2027-08-25 av Tove Sandell|Tove;Sandell",
            "Main number 0800 480 4972 (Telia Touchpoint Plus), queue owner Mabel Thistlewood|Mabel;Thistlewood",
            "Växelnummer 0771-51 68 33 (Mitel MiCollab): lägg till Tove Sandell|Tove;Sandell",
            "Check DNA Yritys 5G Max. Ask Mabel Thistlewood before you travel.|Mabel;Thistlewood",
    })
    void keepsTheProduct(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, lines(text)));
        // The rules alone find fewer of the people in a table, and none of the product's words.
        assertTrue(List.of(expected.split(";")).containsAll(Found.in(rules, lines(text))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Elisa Virtanen vaihtoi operaattoria.|Elisa;Virtanen",
            "Ring Elisa Berg eller Max Holm om abonnemanget.|Elisa;Berg;Max;Holm",
            "Nova Smith from billing called about the Telia invoice.|Nova;Smith",
            "Moi Pekka, Telia laskutti liikaa.|Pekka",
            "Kysy Elisalta, hän tuntee operaattorit.|Elisalta",
            "Max Laine tilasi uuden liittymän.|Max;Laine",
            "Moi Kaija! Voitko soittaa Hanna-Riikalle?|Kaija;Hanna-Riikalle",
            "Ryhmän jäsenet: Nova Nykvist ja Elisa Virtanen.|Nova;Nykvist;Elisa;Virtanen",
            "Sovin Elisa Kaskikylän kanssa, että hän ottaa viikon 33.|Elisa;Kaskikylän",
            "NOVA YOU NEED TO REQUEST ACCESS, SAYS NOVA NYKVIST.|NOVA;NOVA;NYKVIST",
    })
    void keepsThePerson(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, lines(text)));
    }

    /** A CSV record is one line: a backslash and "n" in it stand for a line break. */
    private static String lines(String text) {
        return text.replace("\\n", "\n");
    }
}
