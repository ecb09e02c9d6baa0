package fi.servicedesk.redaction.detection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The common English words whose usual sense is a noun, singular and plural ("period", "payments",
 * "printer"; not "says", "check" or "will"): english-nouns.txt, derived from SCOWL and WordNet by
 * tools/english-nouns (names/NOTICE). A name word before one is a thing's name ("Grace period",
 * "the Julia language"). About 29,000 words of ASCII letters, held as one sorted byte array searched
 * in place, without a String per word.
 */
final class EnglishNouns {

    private static final String RESOURCE = "/names/english-nouns.txt";
    /** The words one after another, each ended by a new line, in ascending order. */
    private static final byte[] WORDS = read();
    /** Where each word begins in {@link #WORDS}. */
    private static final int[] STARTS = starts(WORDS);

    private EnglishNouns() {
    }

    /** Whether {@code text[start, end)}, its ASCII capitals lower-cased, is one of the nouns. */
    static boolean contains(String text, int start, int end) {
        int low = 0;
        int high = STARTS.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = compare(text, start, end, STARTS[middle]);
            if (order == 0) {
                return true;
            }
            if (order < 0) {
                high = middle - 1;
            } else {
                low = middle + 1;
            }
        }
        return false;
    }

    /** The text's word against the listed word at {@code at}: negative when the text's comes first. */
    private static int compare(String text, int start, int end, int at) {
        for (int i = start; ; i++, at++) {
            int listed = WORDS[at] == '\n' ? -1 : WORDS[at];
            if (i == end) {
                return listed == -1 ? 0 : -1;
            }
            if (listed == -1) {
                return 1;
            }
            int c = text.charAt(i);
            c = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
            if (c != listed) {
                return c - listed;
            }
        }
    }

    private static byte[] read() {
        try (InputStream stream = EnglishNouns.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("the English noun list " + RESOURCE + " is not on the class path");
            }
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] starts(byte[] words) {
        int count = 0;
        for (byte b : words) {
            count += b == '\n' ? 1 : 0;
        }
        var starts = new int[count];
        int word = 0;
        for (int i = 0; i < words.length && word < count; i++) {
            if (i == 0 || words[i - 1] == '\n') {
                starts[word++] = i;
            }
        }
        return starts;
    }
}
