package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesGivenWhenAskedTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"bot: Mikä on nimesi?\\nuser: leevi kallioniemi\\nbot: Kiitos!\"|leevi;kallioniemi",
            "\"[09:12] bot: Could I have your name?\\n[09:12] user: orla mcgrath.\"|orla;mcgrath",
            "\"Botten: Vad heter du?\\nKund: astrid\"|astrid",
            // no name in the answer, or an answer that says more
            "\"bot: What's your name?\\nuser: why?\"|",
            "\"bot: Kerrotko nimesi?\\nuser: en halua kertoa sitä\"|",
            "\"bot: Kerrotko nimesi?\\nuser: kone ei käynnisty\"|",
            // a question of something else's name
            "\"bot: Which printer?\\nuser: laila\"|",
    })
    void marksTheAnswerToAQuestionForOnesName(String text, String names) {
        MarkedWords.assertMarks(NamesGivenWhenAsked::mark, text, names);
    }
}
