package fi.servicedesk.redaction.detection;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A set of lower-case words asked whether a word of a text is one of them, in any case, without
 * copying the word: a name detector asks this of nearly every word, and the lower-cased copy
 * cost more than the lookup. A word of Latin-1 characters is folded character by character
 * ({@link Text#fold}, which is what {@link String#toLowerCase(Locale)} does to them); any other
 * word is lower-cased as a string, whose rules for some characters differ.
 */
final class WordSet {

    private final Set<String> words;
    /** Open addressing by {@link String#hashCode()}, a power of two at most half full. */
    private final String[] slots;
    /**
     * A bit for each word's first and last letter together (both Latin-1): most words asked are none,
     * and fail on these two letters before their hash is computed.
     */
    private final long[] ends = new long[4];

    private WordSet(Set<String> words) {
        this.words = Set.copyOf(words);
        this.slots = new String[Integer.highestOneBit(Math.max(4, words.size() * 4))];
        for (var word : this.words) {
            int slot = slot(word.hashCode());
            while (slots[slot] != null) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = word;
            if (word.isEmpty() || word.charAt(0) >= 256 || word.charAt(word.length() - 1) >= 256) {
                Arrays.fill(ends, -1L);
            } else {
                int bit = endsBit(word.charAt(0), word.charAt(word.length() - 1));
                ends[bit >>> 6] |= 1L << bit;
            }
        }
    }

    @SafeVarargs
    static WordSet of(Set<String>... sets) {
        var words = new HashSet<String>();
        for (var set : sets) {
            words.addAll(set);
        }
        return new WordSet(words);
    }

    /** Whether {@code text[start, end)}, lower-cased, is one of the words. */
    boolean contains(String text, int start, int end) {
        // A Latin-1 first or last letter lower-cases to its fold alone, whatever is between; others are looked up in full.
        if (start < end && text.charAt(start) < 256 && text.charAt(end - 1) < 256) {
            int bit = endsBit(Text.fold(text.charAt(start)), Text.fold(text.charAt(end - 1)));
            if ((ends[bit >>> 6] >>> bit & 1) == 0) {
                return false;
            }
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 256) {
                return words.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
            }
            hash = 31 * hash + Text.fold(c);
        }
        for (int slot = slot(hash); slots[slot] != null; slot = (slot + 1) & (slots.length - 1)) {
            if (foldsTo(text, start, end, slots[slot])) {
                return true;
            }
        }
        return false;
    }

    private static boolean foldsTo(String text, int start, int end, String word) {
        if (word.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (Text.fold(text.charAt(i)) != word.charAt(i - start)) {
                return false;
            }
        }
        return true;
    }

    private static int endsBit(char first, char last) {
        return (first * 31 + last) & 255;
    }

    private int slot(int hash) {
        return (hash ^ hash >>> 16) & (slots.length - 1);
    }
}
