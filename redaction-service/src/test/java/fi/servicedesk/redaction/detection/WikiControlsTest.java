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
            // a forum's breadcrumb, a post's number, a member's rank
            "Vesiteho Community › Billing › Thread 383115\\n\\nCreated by Mabel Thistlewood|Mabel;Thistlewood",
            "Kuitunet Forum › Bredband › Tråd thread 845273\\n\\nSkrivet av Tove Sandell|Tove;Sandell",
            "Merging with Inlägg #3035, says Mabel Thistlewood.|Mabel;Thistlewood",
            "aludd_nils9 (Stamgäst, 312 inlägg)\\nTove Sandell har rätt.|Tove;Sandell",
            "sarihuu_ (Uusi jäsen, viestejä 415)\\nOuti Rinne on oikeassa.|Outi;Rinne",
            "saetangs (Top Contributor)\\nMabel Thistlewood is right.|Mabel;Thistlewood",
    })
    void keepsTheControl(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Like Outi Rinne said, the number moves tomorrow.|Outi;Rinne",
            "Ned Kelly approved the change.|Ned;Kelly",
            "Forum › Profiles › Mabel Thistlewood|Mabel;Thistlewood",
            "pekka_l (Pekka Laine)\\nI can help.|Pekka;Laine;pekka",
            "\"Alfred Hitchcock\" was the film she named.|Alfred;Hitchcock",
    })
    void keepsThePerson(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text.replace("\\n", "\n")));
    }
}
