package fi.servicedesk.redaction.detection;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two names after initials are one surname of two (SurnamesOfTwoAfterInitials), not two people's names. */
class SurnamesOfTwoAfterInitialsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the initials stand for the given names: the two names after them are one surname
            "Käsittelijä T. Silveira Albuquerque\\nKiitos|T. Silveira Albuquerque",
            // another person's initials after the first surname: two people, the second's surname found too
            "Present: A. Smith J. Korhonen\\nThanks|A. Smith;J. Korhonen",
            // a name the lists know only as a given name after the surname is the next person's
            "Käsittelijä M. Virtanen Liisa\\nKiitos|M. Virtanen;Liisa",
            // three names after initials are no surname of two
            "Contact J. Michael Smith for details.|J. Michael Smith",
    })
    void joinsTwoNamesAfterInitialsOnlyAsOnePersonsSurname(String text, String expected) {
        var source = text.replace("\\n", "\n");
        var found = Redactor.merge(Found.findings(detector, source)).stream().map(f -> source.substring(f.start(), f.end())).toList();
        assertEquals(Arrays.asList(expected.split(";")), found);
    }
}
