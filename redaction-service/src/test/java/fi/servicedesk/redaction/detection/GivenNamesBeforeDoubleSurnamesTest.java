package fi.servicedesk.redaction.detection;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GivenNamesBeforeDoubleSurnamesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a word nobody knows between a given name and a double surname is a second given name, one span with the first
            // and the pair elsewhere in the message, in any case ending
            "Kuljettaja Juhani Prabhakar Kamat-Sardessai soittaa. Vahvistus lähti Juhani Prabhakarille.|Juhani Prabhakar;Kamat-Sardessai;Juhani Prabhakarille",
            "My escort Juhani Prabhakar Kamat-Sardessai comes along. Confirmation sent to Juhani Prabhakar.|Juhani Prabhakar;Kamat-Sardessai;Juhani Prabhakar",
            // not a word before the name, nor a word beside names without a double surname
            "Kiitos Juhani Kamat-Sardessai!|Juhani;Kamat-Sardessai",
            // nor a word nobody knows before the given name: a role's title in a language the lists lack
            "Handläggare Juhani Guevara-Zambrano ringer.|Juhani;Guevara-Zambrano",
            "Kuljettaja Juhani Prabhakar Virtanen soittaa huomenna.|Juhani;Virtanen",
            "Matti Virtanen soitti.|Matti;Virtanen",
    })
    void joinsAWordNobodyKnowsBeforeADoubleSurname(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), Found.inOrder(detector, text));
    }
}
