package fi.servicedesk.redaction.detection;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GivenNamePairsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the given names the message wrote before a surname are one name alone too, in any case ending
            "Yhteyshenkilö: Wanjiku Nyokabi Kamau-Mutua. Wanjiku Nyokabille lasku.|Wanjiku Nyokabi;Kamau-Mutua;Wanjiku Nyokabille",
            // the surname alone before a comma or in the cell before: the names after it are the given names
            "Osallistujat:\\nMäkinen-Laine, Juhani Matias <jm@example.com>\\n|Mäkinen-Laine;Juhani Matias",
            "\"| Mäkinen-Laine | Wanjiku Nyokabi | 040 123 4567 |\\n\"|Mäkinen-Laine;Wanjiku Nyokabi",
            "sukunimi;etunimet\\nMäkinen-Laine;Wanjiku Nyokabi;040 123 4567\\n|Mäkinen-Laine;Wanjiku Nyokabi",
            // so is a surname alone after a field's label
            "Bevakare: Mäkinen-Laine, Juhani Matias, 040 123 4567|Mäkinen-Laine;Juhani Matias",
            "Bevakare: Virtanen, Pekka Korhonen, 040 123 4567|Virtanen;Pekka;Korhonen",
            // a list of people written given name first keeps each surname apart
            "Osallistujat:\\nVirtanen, Pekka Korhonen; Salo, Matti\\n|Virtanen;Pekka;Korhonen;Salo;Matti",
    })
    void joinsAPersonsGivenNamesAlone(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), Found.inOrder(detector, text.replace("\\n", "\n")));
    }
}
