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
            // one before the number it labels is the number's label; a name in capitals beside its other part stays
            "Uusi liittymä: Kaisu Rinne, SIM 8901 2345 6789.|Uusi;Kaisu;Rinne",
            "Caller KOSKI ANU 040 555 0101 asked again.|Caller;KOSKI;ANU",
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
