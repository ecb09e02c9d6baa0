package fi.servicedesk.redaction.detection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A word list on the class path, one entry a line in lower case and ascending order of characters, held as
 * one string (one byte a character while the entries are Latin-1) and searched in place, without a String per
 * entry: {@link EnglishNouns}, {@link Brands}.
 */
final class SortedLines {

    /** The entries one after another, each ended by a new line. */
    private final String lines;
    /** Where each entry begins in {@link #lines}. */
    private final int[] starts;

    private SortedLines(String lines) {
        this.lines = lines;
        this.starts = starts(lines);
    }

    /** Reads {@code resource}; {@code what} names it in the error when it is not on the class path. */
    static SortedLines read(String resource, String what) {
        try (InputStream stream = SortedLines.class.getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IllegalStateException(what + " " + resource + " is not on the class path");
            }
            return new SortedLines(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether {@code text[start, end)} is an entry: its capitals lower-cased, a curly apostrophe read as a straight
     * one, and every other character, a space between words too, as written.
     */
    boolean contains(String text, int start, int end) {
        int low = 0;
        int high = starts.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = compare(text, start, end, starts[middle]);
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

    int size() {
        return starts.length;
    }

    /** The text's entry against the one at {@code at}: negative when the text's comes first. */
    private int compare(String text, int start, int end, int at) {
        for (int i = start; ; i++, at++) {
            int listed = lines.charAt(at) == '\n' ? -1 : lines.charAt(at);
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

    private static int[] starts(String lines) {
        int count = 0;
        for (int i = 0; i < lines.length(); i++) {
            count += lines.charAt(i) == '\n' ? 1 : 0;
        }
        var starts = new int[count];
        int entry = 0;
        for (int i = 0; i < lines.length() && entry < count; i++) {
            if (i == 0 || lines.charAt(i - 1) == '\n') {
                starts[entry++] = i;
            }
        }
        return starts;
    }
}
