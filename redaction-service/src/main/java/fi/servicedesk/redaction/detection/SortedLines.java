package fi.servicedesk.redaction.detection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A word list on the class path, one entry a line in lower case, Latin-1 letters and ascending order of
 * characters, held as one byte array (a byte a character) and searched in place, without a String per entry:
 * {@link EnglishNouns}, {@link Brands}.
 */
final class SortedLines {

    /** The entries one after another in Latin-1, each ended by a new line. */
    private final byte[] lines;
    /** Where each entry begins in {@link #lines}. */
    private final int[] starts;
    /** A bit for the hash of each entry's first word ({@link #firstWordHash}): most words are no first word, and one probe says so. */
    private final long[] firstWords = new long[FIRST_WORD_BITS / 64];
    private static final int FIRST_WORD_BITS = 1 << 16;

    private SortedLines(byte[] lines) {
        this.lines = lines;
        this.starts = starts(lines);
        for (int start : starts) {
            int end = start;
            while (lines[end] != '\n' && Character.isLetter((char) (lines[end] & 0xFF))) {
                end++;
            }
            int bit = firstWordHash(new String(lines, start, end - start, StandardCharsets.ISO_8859_1), 0, end - start);
            firstWords[bit >>> 6] |= 1L << bit;
        }
    }

    /**
     * False where no entry's first word (its letters before a space, hyphen or apostrophe) is {@code text[start,
     * end)}; true where one may be.
     */
    boolean mayBeFirstWord(String text, int start, int end) {
        int bit = firstWordHash(text, start, end);
        return (firstWords[bit >>> 6] & 1L << bit) != 0;
    }

    private static int firstWordHash(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + fold(text.charAt(i));
        }
        return (hash ^ hash >>> 16) & (FIRST_WORD_BITS - 1);
    }

    /** Reads {@code resource}; {@code what} names it in the error when it is not on the class path. */
    static SortedLines read(String resource, String what) {
        try (InputStream stream = SortedLines.class.getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IllegalStateException(what + " " + resource + " is not on the class path");
            }
            var lines = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(lines)) {
                throw new IllegalStateException(what + " " + resource + " holds a character beyond Latin-1");
            }
            return new SortedLines(lines.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether {@code text[start, end)} is an entry: its capitals lower-cased, a curly apostrophe read as a straight
     * one, and every other character, a space between words too, as written.
     */
    boolean contains(String text, int start, int end) {
        int at = lowerBound(text, start, end);
        return at < starts.length && compare(text, start, end, starts[at]) == 0;
    }

    /** {@link #find}: an entry is the text. */
    static final int IS_ENTRY = 1;
    /** {@link #find}: an entry begins with the text before a character that is no letter ("jack" of "jack wills"). */
    static final int BEGINS_ENTRY = 2;

    /**
     * {@link #IS_ENTRY} and {@link #BEGINS_ENTRY} of {@code text[start, end)}, by one search: the entries that
     * begin with the text and a space, "&amp;", an apostrophe or a hyphen sort right after the text itself.
     */
    int find(String text, int start, int end) {
        int at = lowerBound(text, start, end);
        if (at == starts.length) {
            return 0;
        }
        int found = 0;
        if (compare(text, start, end, starts[at]) == 0) {
            found = IS_ENTRY;
            at++;
        }
        return at < starts.length && beginsWithWord(text, start, end, starts[at]) ? found | BEGINS_ENTRY : found;
    }

    /** The entry at {@code entry} begins with the text and then a character that is no letter. */
    private boolean beginsWithWord(String text, int start, int end, int entry) {
        for (int i = start; i < end; i++, entry++) {
            if (lines[entry] == '\n' || fold(text.charAt(i)) != (lines[entry] & 0xFF)) {
                return false;
            }
        }
        return lines[entry] != '\n' && !Character.isLetter((char) (lines[entry] & 0xFF));
    }

    /** The first entry that is not before {@code text[start, end)}, or the number of entries. */
    private int lowerBound(String text, int start, int end) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (compare(text, start, end, starts[middle]) > 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    int size() {
        return starts.length;
    }

    /** The text's entry against the one at {@code at}: negative when the text's comes first. */
    private int compare(String text, int start, int end, int at) {
        for (int i = start; ; i++, at++) {
            int listed = lines[at] == '\n' ? -1 : lines[at] & 0xFF;
            if (i == end) {
                return listed == -1 ? 0 : -1;
            }
            if (listed == -1) {
                return 1;
            }
            int c = fold(text.charAt(i));
            if (c != listed) {
                return c - listed;
            }
        }
    }

    private static int fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }
        return c == '’' ? '\'' : Character.toLowerCase(c);
    }

    private static int[] starts(byte[] lines) {
        int count = 0;
        for (byte b : lines) {
            count += b == '\n' ? 1 : 0;
        }
        var starts = new int[count];
        int entry = 0;
        for (int i = 0; i < lines.length && entry < count; i++) {
            if (i == 0 || lines[i - 1] == '\n') {
                starts[entry++] = i;
            }
        }
        return starts;
    }
}
