package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WrittenWordsTest {

    /** Labels that all end in a colon, forms that share first letters, phrases that all begin with a space. */
    private static final String[] LABELS = {"Alert fired:", "Alert:", "Kit:", "Hälytys:", "Re:"};
    private static final String[] FORMS = {"Oy", "Oyj", "Ab", "Ltd", "Ltd.", "Säätiö", "AS", "ASA"};
    private static final String[] PHRASES = {" is down", " is sorted", " ei toimi", " kaatuu", " on jumissa"};

    @Test
    void findsWordsAsWrittenAtTheirPlace() {
        var labels = WrittenWords.of(LABELS);
        var forms = WrittenWords.of(FORMS);
        var phrases = WrittenWords.of(PHRASES);
        var text = "Alert fired: Karl Fazer Oyj, Hälytys: X; Ltd. Posti kaatuu";
        assertTrue(labels.endsWordAt(text, 12));
        assertTrue(labels.endsWordAt(text, 37));
        assertFalse(labels.endsWordAt(text, 11), "not at a word's end");
        assertTrue(forms.startsWordAt(text, 24), "Oyj");
        assertFalse(forms.startsWordAt(text, 13), "Karl");
        assertTrue(forms.startsWordAt(text, 41), "Ltd.");
        assertEquals(text.length(), phrases.endOfFirstAt(text, 51));
        assertEquals(-1, phrases.endOfFirstAt(text, 45));
        assertFalse(forms.startsWordAt("Oyster", 0), "a form is a whole word");
        assertFalse(labels.endsWordAt("FRe:", 4), "a label begins a word");
    }

    @Test
    void answersAsComparingEveryWordInOrderDoesAtEveryPlace() {
        var random = new Random(14);
        var alphabet = "OyjAbLtd.SäätiöAS :ReKitHälytysfiredei toimikaatuusortedondown\n";
        for (var words : new String[][]{LABELS, FORMS, PHRASES}) {
            var written = WrittenWords.of(words);
            for (int n = 0; n < 20_000; n++) {
                var text = new StringBuilder();
                for (int k = random.nextInt(0, 24); k > 0; k--) {
                    text.append(random.nextInt(4) == 0 ? words[random.nextInt(words.length)]
                            : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
                }
                var s = text.toString();
                for (int i = -1; i <= s.length() + 1; i++) {
                    assertEquals(startsWordAt(s, i, words), written.startsWordAt(s, i), s + " @" + i);
                    assertEquals(endsWordAt(s, i, words), written.endsWordAt(s, i), s + " @" + i);
                    assertEquals(endOfFirstAt(s, i, words), written.endOfFirstAt(s, i), s + " @" + i);
                }
            }
        }
    }

    private static boolean startsWordAt(String text, int start, String[] words) {
        for (var word : words) {
            if (text.startsWith(word, start) && Characters.boundaryAfter(text, start + word.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWordAt(String text, int end, String[] words) {
        for (var word : words) {
            int at = end - word.length();
            if (at >= 0 && text.startsWith(word, at) && Characters.boundaryBefore(text, at)) {
                return true;
            }
        }
        return false;
    }

    private static int endOfFirstAt(String text, int start, String[] words) {
        for (var word : words) {
            if (text.startsWith(word, start)) {
                return start + word.length();
            }
        }
        return -1;
    }
}
