package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeakerLabelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a diarisation's numbered speaker, with or without its time stamp
            "\"Talare 3 [00:02:17]: Hej, det är Ingvor.\"|Hej;det;är;Ingvor",
            "\"Puhuja 2: Huomenta, Raili täällä.\"|Huomenta;Raili;täällä",
            "\"Speaker 1: Hello, Wendell speaking.\"|Hello;Wendell;speaking",
            // a chat bot's turn after the time stamp
            "\"[08:05] bot: Hi Ottilie, how can I help?\"|Hi;Ottilie;how;can;I;help",
            // the same words inside a sentence stay for the other rules
            "\"Ask Talare about it: tomorrow.\"|Ask;Talare;about;it;tomorrow",
    })
    void takesTheMarkOffAGenericTurnLabel(String text, String names) {
        MarkedWords.assertStayOfAll((s, tokens, words, marks) -> SpeakerLabels.unmark(s, tokens, marks), text, names);
    }
}
