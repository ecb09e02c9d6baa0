package fi.servicedesk.redaction.detection;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SurnamesJoinedByParticlesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a surname, a particle and a surname after a given name are one surname
            "Approved by Rafaela Moreira da Cunha.|Rafaela;Moreira da Cunha",
            "Hyväksyjä: Joaquín Ortega de la Vega|Joaquín;Ortega de la Vega",
            // and so is the same pair elsewhere in the message, also in a Finnish case
            "Rafaela Moreira da Cunha soitti. Soitin takaisin Moreira da Cunhalle.|Rafaela;Moreira da Cunha;Moreira da Cunhalle",
            // with no given name before it the pair's words stay apart
            "Moreira da Cunha ei vastaa.|Moreira;da Cunha",
            // nor after a second given name
            "Approved by Maria Anna de Jong.|Maria;Anna;de Jong",
            // Catalan joins the two with "and"
            "Publicist: Núria Puigdomènech i Serra, +34 69 549 1117|Núria;Puigdomènech i Serra",
            // but "and" does not join a name to a place, nor a title's given name to a place
            "Anna Karlsson i Stockholm ringde.|Anna;Karlsson",
            "Emil i Lönneberga ligger på hyllan.|Emil",
            // a hyphenated surname after the particle is double already: the word before the particle is a given name
            "Kopia: Sólja Turið á Rógvi-Joensen|Sólja Turið;á Rógvi-Joensen",
    })
    void joinsTwoSurnamesAroundAParticle(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), Found.inOrder(detector, text.replace("\\n", "\n")));
    }
}
