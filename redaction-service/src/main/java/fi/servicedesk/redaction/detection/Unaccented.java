package fi.servicedesk.redaction.detection;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A word in lower case without the marks of its letters ("Fidžiläinen" → "fidzilainen", "Benoît" → "benoit"): what
 * the words of a country's people and an address's local part are compared in. A word of Latin letters is folded
 * character by character from a table made once, a copy made only where a character changes; any other goes through
 * the normalizer, which with its pattern cost more than the lookup for every word with a mark.
 */
final class Unaccented {

    /** The end of Latin Extended-B: the characters whose folds {@link #FOLDED} holds. */
    private static final int LATIN_END = 0x250;
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    /** Each character below {@link #LATIN_END} folded alone, or 0 where that gives other than one character. */
    private static final char[] FOLDED = foldedLatin();

    private Unaccented() {
    }

    static String of(String word) {
        char[] folded = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char f = c < FOLDED.length ? FOLDED[c] : 0;
            if (f == 0) {
                return withoutMarks(word);
            }
            if (f != c && folded == null) {
                folded = word.toCharArray();
            }
            if (folded != null) {
                folded[i] = f;
            }
        }
        return folded == null ? word : new String(folded);
    }

    private static char[] foldedLatin() {
        var folded = new char[LATIN_END];
        for (char c = 1; c < LATIN_END; c++) {
            var alone = withoutMarks(String.valueOf(c));
            folded[c] = alone.length() == 1 ? alone.charAt(0) : 0;
        }
        return folded;
    }

    private static String withoutMarks(String word) {
        return MARKS.matcher(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
    }
}
