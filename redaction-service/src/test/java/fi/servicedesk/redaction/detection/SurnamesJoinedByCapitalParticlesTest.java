package fi.servicedesk.redaction.detection;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SurnamesJoinedByCapitalParticlesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a surname, a capitalised particle and a second surname after the given names: one surname, in any case ending
            "varasin neuvojalta Rosalia Concetta Scaduto Lo Buelta käynnin.|Rosalia Concetta;Scaduto Lo Buelta",
            "Escalated to Santo Gaetano Scaduto Lo Bue (scadusa).|Santo Gaetano;Scaduto Lo Bue",
            "Uusi nimi lipussa: AGATA ROSALIA SCADUTO LO BUE\\nSyy: työmatka|AGATA ROSALIA;SCADUTO LO BUE",
            "Inés Ortega De La Vega\\nInés Ortega De La Vegalle|Inés;Ortega De La Vega;Inés;Ortega De La Vegalle",
            // the given names written alone after it get the pair's span too
            "varasin neuvojalta Rosalia Concetta Scaduto Lo Buelta käynnin.\\n\\nSiirrän Rosalia Concettalle.|Rosalia Concetta;Scaduto Lo Buelta;Rosalia Concettalle",
    })
    void joinsTheSurnameAroundItsParticle(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), Found.inOrder(detector, text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a second given name before the particle stays a given name, apart from the surname
            "Member services (Concetta Agata Lo Presti Caltagirone, cloprestical)|Agata Lo",
            "Maria Anna La Rosa soitti.|Anna La",
            "Nguyen Huynh Van Phuc soitti.|Huynh Van",
            // a comma parts two people
            "Tiedoksi Marco Rossi, Lo Bue|Rossi, Lo",
    })
    void joinsNoGivenNameToTheSurname(String text, String joint) {
        var found = Found.inOrder(detector, text);
        assertTrue(found.stream().noneMatch(name -> name.contains(joint)), found::toString);
    }
}
