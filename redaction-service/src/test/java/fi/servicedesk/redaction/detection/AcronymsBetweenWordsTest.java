package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcronymsBetweenWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a short word in capitals only the lists hold, between words in lower case, is an acronym
            "Elo käyttää puhelinta, joten Elon vanha SIM toimii siirtoon asti.|Elo;Elon",
            "Vojislav's old SIM stays live.|Vojislav",
            // a name in capitals beside another name, or ending the sentence, stays
            "Ask LI Wei about it.|Ask;LI;Wei",
            "Soita huomenna Wei LI:lle.|Soita;Wei;LI",
    })
    void takesTheMarkOffAnAcronymInsideASentence(String text, String names) {
        // Words in capitals too, as the lists or the name tagger may mark them.
        MarkedWords.assertStay((s, tokens, words, marks) -> {
            for (int t = 0; t < tokens.size(); t++) {
                marks[t] = Character.isUpperCase(s.charAt(tokens.start(t)));
            }
            AcronymsBetweenWords.unmark(s, tokens, words, marks);
        }, text, names);
    }
}
