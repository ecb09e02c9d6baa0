package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordSetTest {

    private static final Set<String> CUES = Set.of("hei", "kiitos", "esimies", "päällikkö", "you", "cc", "k");
    private static final Set<String> ROLES = Set.of("manager", "äiti");

    @Test
    void findsAWordOfTheTextInAnyCase() {
        var words = WordSet.of(CUES, ROLES);
        var text = "KIITOS, Päällikkö ja Manager; Hei!";
        assertTrue(words.contains(text, 0, 6));
        assertTrue(words.contains(text, 8, 17));
        assertTrue(words.contains(text, 21, 28));
        assertTrue(words.contains(text, 30, 33));
        assertFalse(words.contains(text, 18, 20));
        assertFalse(words.contains(text, 0, 5), "a part of a word is not the word");
    }

    @Test
    void answersAsTheLowerCasedCopyDoesForRandomWords() {
        var words = WordSet.of(CUES, ROLES);
        var random = new Random(14);
        // Latin-1 letters, the Kelvin sign (lower case k), dotted capital I and long s, whose string lower case differs.
        var alphabet = "heiKITOSkäÄlLpmanger\u212A\u0130\u017Fyouc";
        for (int n = 0; n < 200_000; n++) {
            var word = new StringBuilder();
            for (int k = random.nextInt(1, 8); k > 0; k--) {
                word.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            var text = "(" + word + ")";
            boolean expected = CUES.contains(word.toString().toLowerCase(Locale.ROOT))
                    || ROLES.contains(word.toString().toLowerCase(Locale.ROOT));
            assertEquals(expected, words.contains(text, 1, text.length() - 1), word.toString());
        }
    }
}
