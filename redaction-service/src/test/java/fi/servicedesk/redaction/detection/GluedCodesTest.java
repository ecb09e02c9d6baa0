package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GluedCodesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // letters in capitals glued to digits by a hyphen are a plate or a key
            "Auto KXT-318 kuuluu Oili Jämsälle.|Auto;Oili;Jämsälle",
            "Bilen TRU-9 står hos Sixten.|Bilen;Sixten",
            // one capital glued to digits is a card's or badge's number
            "Saapui 15:26, vierailijakortti V-682, isäntä Veli Kärki.|Saapui;Veli;Kärki",
            // a name glued to a word, not to digits, stays
            "Oili Jämsä-Kallio soitti.|Oili;Jämsä-Kallio",
    })
    void takesTheMarkOffAPlateOrKey(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> GluedCodes.unmark(s, tokens, marks), text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the word before a code that spells its letters names the code's kind
            "\"16:32:39 | PRN-2 | Jimcaale Khadra | job JOB-021783 | pages 17\"|Jimcaale;Khadra;pages",
            // a person's name before a code stays, also one before a code of other letters
            "Tulosti jussi INC-4411 ja job JOB-7|Tulosti;jussi;ja",
    })
    void takesTheMarkOffTheKindBeforeACodeOfItsLetters(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> {
            for (int t = 0; t < tokens.size(); t++) {
                marks[t] = Character.isLetter(s.charAt(tokens.start(t)));
            }
            GluedCodes.unmark(s, tokens, marks);
        }, text, names);
    }
}
