package fi.servicedesk.redaction.detection;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IrishDoubleSurnamesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the second half of a hyphened surname opens with an Irish particle: the word after the space is its rest
            "Please ask Aoife Kelleher-Ní Dhomhnaill about the rota.|Aoife;Kelleher-Ní Dhomhnaill",
            // a hyphened word that ends on no particle leaves the next word alone
            "Please ask Aoife Kelleher-Byrne About the rota.|Aoife;Kelleher-Byrne",
    })
    void joinsTheSurnameAfterAClosingParticle(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), Found.inOrder(detector, text.replace("\\n", "\n")));
    }

    @Test
    void joinsTheSurnameAfterAClosingParticleInsideAParticlesSpan() {
        // the span opens on the particle before the first half ("Ní Dhomhnaill-Ó"), which is also marked alone
        assertTrue(Found.inOrder(detector, "Potilas: Siobhan Ní Dhomhnaill-Ó Briain, synt. 1980").contains("Ní Dhomhnaill-Ó Briain"));
    }
}
