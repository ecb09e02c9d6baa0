package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A wiki page's controls, sections and edit summaries (WikiControls), with the name tagger on: no one's name. */
class WikiControlsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Vanha numero toimii vielä.\\nLike (3) · Outi Rinne, Pekka Laine|Outi;Rinne;Pekka;Laine",
            "Numret flyttas i morgon.\\nGillas av Tove Sandell och Dagny Nyholm|Tove;Sandell;Dagny;Nyholm",
            "Page owner Mabel Thistlewood\\nLabels: porting, sim|Mabel;Thistlewood",
            "Mobiili / How-to / Port a number\\nCreated by Mabel Thistlewood|Mabel;Thistlewood",
            "Servicedesk-wiki / Instruktioner / Nummerflytt\\nSkapad av Tove Sandell|Tove;Sandell",
            "Version 6 · Mabel Thistlewood · \"Replaced Outi Rinne's number with the switchboard\"|Mabel;Thistlewood;Outi;Rinne",
            "Versio 7 · Pekka Laine · \"Korjattu Outi Rinteen puhelinnumero\"|Pekka;Laine;Outi;Rinteen",
    })
    void keepsTheControl(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Like Outi Rinne said, the number moves tomorrow.|Outi;Rinne",
            "Ned Kelly approved the change.|Ned;Kelly",
            "\"Alfred Hitchcock\" was the film she named.|Alfred;Hitchcock",
    })
    void keepsThePerson(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }
}
