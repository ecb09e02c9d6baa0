package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingAlphabetsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the letter spelt and its word are no names; the surname spelt stays
            "\"Y for Yankee, O for Oscar: Yoshida.\"|for;for;Yoshida",
            "\"P niin kuin Paavo, Pöllänen\"|niin;kuin;Pöllänen",
            "\"N som i Niklas, O som i Olof: Nordqvist\"|som;i;som;i;Nordqvist",
            // "I" and "A" spell a letter where a spelling goes on from a word spelt before them
            "\"K for Kilo, I for India, A for Alfa\"|for;for;for",
            // a letter before a word of another initial stays, as may an initial
            "\"Plan B for Matti, K for Mikael\"|Plan;B;for;Matti;K;for;Mikael",
            "\"I for one think Ida is right, A for Anna\"|I;for;one;think;Ida;is;right;A;for;Anna",
    })
    void takesTheMarkOffTheLetterAndItsWord(String text, String names) {
        MarkedWords.assertStayOfAll((s, tokens, words, marks) -> SpellingAlphabets.unmark(s, tokens, marks), text, names);
    }
}
