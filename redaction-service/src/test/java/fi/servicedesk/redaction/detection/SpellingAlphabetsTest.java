package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingAlphabetsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the letter spelt and its word are no names; the surname spelt stays
            "\"Y for Yankee, O for Oscar: Yoshida.\"|for;for;Yoshida",
            "\"P niin kuin Paavo, Pöllänen\"|niin;kuin;Pöllänen",
            // a letter before a word of another initial stays, as may an initial
            "\"Plan B for Matti, K for Mikael\"|Plan;B;for;Matti;K;for;Mikael",
    })
    void takesTheMarkOffTheLetterAndItsWord(String text, String names) {
        MarkedWords.assertStayOfAll((s, tokens, words, marks) -> SpellingAlphabets.unmark(s, tokens, marks), text, names);
    }
}
