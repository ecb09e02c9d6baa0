package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * Words and phrases compared as written (in their case) at a place of a text: labels and prefixes before a
 * name, legal forms after one, failures after a subject. The name rules ask them at nearly every capitalised
 * word, and most places begin or end none of them; so each is filed by one of its characters (the first
 * place, from its start or from its end, at which not all of them agree: a label's colon or a failure's
 * leading space tells nothing), and a place is compared only with those whose character it has there. The
 * answers are those of comparing every word in order.
 */
final class WrittenWords {

    private static final int BUCKETS = 256;

    /** From the start: where the filing character is, and the words by it, in their given order. */
    private final int fromStart;
    private final String[][] byStart;
    /** From the end: how far before the end the filing character is, and the words by it. */
    private final int fromEnd;
    private final String[][] byEnd;

    private WrittenWords(String[] words) {
        int shortest = Integer.MAX_VALUE;
        for (var word : words) {
            if (word.isEmpty()) {
                throw new IllegalArgumentException("an empty word");
            }
            shortest = Math.min(shortest, word.length());
        }
        this.fromStart = firstDisagreement(words, shortest, false);
        this.fromEnd = firstDisagreement(words, shortest, true);
        this.byStart = file(words, false, fromStart);
        this.byEnd = file(words, true, fromEnd);
    }

    static WrittenWords of(String... words) {
        return new WrittenWords(words.clone());
    }

    /** One of the words starts at {@code start} and ends a word there (no letter or digit follows): a legal form after a name. */
    boolean startsWordAt(String text, int start) {
        int at = start + fromStart;
        if (start < 0 || at >= text.length()) {
            return false;
        }
        for (var word : byStart[text.charAt(at) & (BUCKETS - 1)]) {
            if (text.startsWith(word, start) && Characters.boundaryAfter(text, start + word.length())) {
                return true;
            }
        }
        return false;
    }

    /** One of the words ends at {@code end} and starts a word there (no letter or digit before): a label or prefix before a name. */
    boolean endsWordAt(String text, int end) {
        int at = end - 1 - fromEnd;
        if (at < 0 || end > text.length()) {
            return false;
        }
        for (var word : byEnd[text.charAt(at) & (BUCKETS - 1)]) {
            int begin = end - word.length();
            if (begin >= 0 && text.startsWith(word, begin) && Characters.boundaryBefore(text, begin)) {
                return true;
            }
        }
        return false;
    }

    /** Where the first of the words (in their given order) that starts at {@code start} ends, or -1 when none does. */
    int endOfFirstAt(String text, int start) {
        int at = start + fromStart;
        if (start < 0 || at >= text.length()) {
            return -1;
        }
        for (var word : byStart[text.charAt(at) & (BUCKETS - 1)]) {
            if (text.startsWith(word, start)) {
                return start + word.length();
            }
        }
        return -1;
    }

    /** The first offset (from the start or from the end) below {@code shortest} at which the words do not all agree; 0 if none. */
    private static int firstDisagreement(String[] words, int shortest, boolean fromEnd) {
        for (int k = 0; k < shortest; k++) {
            char first = charAt(words[0], k, fromEnd);
            for (var word : words) {
                if (charAt(word, k, fromEnd) != first) {
                    return k;
                }
            }
        }
        return 0;
    }

    private static char charAt(String word, int offset, boolean fromEnd) {
        return word.charAt(fromEnd ? word.length() - 1 - offset : offset);
    }

    /** The words in buckets by their character at {@code offset}, each bucket in the words' order. */
    private static String[][] file(String[] words, boolean fromEnd, int offset) {
        var buckets = new ArrayList<List<String>>(BUCKETS);
        for (int b = 0; b < BUCKETS; b++) {
            buckets.add(new ArrayList<>());
        }
        for (var word : words) {
            buckets.get(charAt(word, offset, fromEnd) & (BUCKETS - 1)).add(word);
        }
        var out = new String[BUCKETS][];
        for (int b = 0; b < BUCKETS; b++) {
            out[b] = buckets.get(b).toArray(String[]::new);
        }
        return out;
    }
}
