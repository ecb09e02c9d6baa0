package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * People in a list's items: a line that opens with a person before a spaced dash (NameLayout.markListItems,
 * "Olli Rask – ti") and a surname before the initial of the given name after a separator
 * (SurnamesBeforeInitials, "Jakelu: …, Halonen R.").
 */
class NamesInListItemsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a roster: surname and initial, an initial and surname, given name and surname, each before a dash
            "Viikon päivystys:\\nHeinämaa J. – ma\\nOlli Rask – ti|Heinämaa J.;Olli;Rask",
            "Rota wk 3:\\nMbeki T. - Mon\\nCorinna Vasquez - Tue|Mbeki T.;Corinna;Vasquez",
            // a name nobody knows and a name that is also a word, before a long dash
            "Vuorot:\\nKivi P. — la|Kivi P.",
    })
    void findsThePersonOpeningARosterLine(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jakelu: Marketta Sjöberg, Halonen R.|Marketta;Sjöberg;Halonen R.",
            "Tiedoksi: Kuusela P. ja Jaana|Kuusela P.;Jaana",
            "Reviewers: Hollis Brandt, Oyelowo B.; Grimaldi T.|Hollis;Brandt;Oyelowo B.;Grimaldi T.",
            "Hyväksyjät (2): Ahola K.|Ahola K.",
            // a surname that is also a Finnish word
            "Kopio: Raili Kangasniemi, Lahti V.|Raili;Kangasniemi;Lahti V.",
    })
    void findsTheSurnameBeforeAnInitial(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a hyphen that joins, a team's and a product's words before a dash, and things named by a letter
            "Muutokset:\nKarhu-tiimi – valmis\nService Owner – avoin\nBuild Pipeline – failed",
            // a word nobody knows after a label, before a letter: no person before it in the list
            "Varasuunnitelma: Plan B.",
            "Sijainti: Tower A., kerros 3",
            "Asemat: Rakennus C. ja Halli D.",
            // an English noun before a letter is a thing's name, even where the US lists hold it as a surname
            "Locations: Gate B., Steel D.",
    })
    void leavesTeamsProductsAndLetteredThings(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
