package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoomGenitivesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a room's genitive before a thing in lower case is no name
            "Neukkarin tykki ei käynnisty, kertoi Jouni Lampela.|Jouni;Lampela",
            "Kokoushuoneen kaiutin rätisee.|",
            // a name after the room's genitive stays, and a person's genitive before a thing too
            "Neukkarin Jouni tietää lisää.|Neukkarin;Jouni",
            "Jounin näyttö on rikki.|Jounin",
    })
    void takesTheMarkOffARoomInTheGenitive(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> RoomGenitives.unmark(s, tokens, marks), text, names);
    }
}
