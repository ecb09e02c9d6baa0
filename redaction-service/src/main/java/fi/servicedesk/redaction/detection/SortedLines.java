package fi.servicedesk.redaction.detection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;

/**
 * A word list on the class path, one entry a line in lower case, Latin-1 letters and ascending order of
 * characters, held as one byte array (a byte a character) and looked up in place, without a String per entry:
 * {@link EnglishNouns}, {@link Brands}, {@link NameLexicon}'s name lists. A lookup hashes the text's folded characters and compares it with the
 * one or two entries of its slot, not with entries spread over the array, a cache miss each (ListedBrands asks it
 * of every capitalised word).
 */
final class SortedLines {

    /** {@link #find}: an entry is the text. */
    static final int IS_ENTRY = 1;
    /** {@link #find}: an entry begins with the text before a character that is no letter ("jack" of "jack wills"). */
    static final int BEGINS_ENTRY = 2;
    private static final int ANSWERS = IS_ENTRY | BEGINS_ENTRY;
    private static final int FIRST_WORD_BITS = 1 << 16;
    private static final int FILTER_FIRST = 0x9E3779B9;
    private static final int FILTER_SECOND = 0x85EBCA6B;

    /** The entries one after another in Latin-1, each ended by a new line. */
    private final byte[] lines;
    /** How many entries there are. */
    private final int size;
    /** A bit for the hash of each entry's first word ({@link #firstWordHash}): most words are no first word, and one probe says so. */
    private final long[] firstWords = new long[FIRST_WORD_BITS / 64];
    /**
     * Open addressing by {@link #hash} of the characters, a power of two at most half full: each slot one string,
     * an entry or the part of one before a character that is no letter, as its offset in {@link #lines}, its
     * length and what {@link #find} answers for it, packed in one int ({@link #pack}; 0 for none).
     */
    private final int[] slots;
    /**
     * Two bits for the {@link #hash} of each string of {@link #slots} ({@link #filterBit}), an eighth of the slots'
     * bytes: most words asked are in no list, and a probe of this, which stays in the processor's cache, says so
     * without reading the slots, which do not.
     */
    private final long[] filter;
    private final int filterShift;

    private SortedLines(byte[] lines) {
        this.lines = lines;
        var starts = starts(lines);
        this.size = starts.length;
        for (int start : starts) {
            int end = start;
            while (lines[end] != '\n' && Character.isLetter((char) (lines[end] & 0xFF))) {
                end++;
            }
            int bit = firstWordHash(new String(lines, start, end - start, StandardCharsets.ISO_8859_1), 0, end - start);
            firstWords[bit >>> 6] |= 1L << bit;
        }
        int strings = starts.length;
        for (byte b : lines) {
            strings += b == '\n' || Character.isLetter((char) (b & 0xFF)) ? 0 : 1;
        }
        slots = new int[Integer.highestOneBit(Math.max(4, strings * 4))];
        int filterBits = Integer.highestOneBit(Math.max(64, strings * 16));
        filter = new long[filterBits / 64];
        filterShift = Integer.numberOfLeadingZeros(filterBits) + 1;
        for (int e = 0; e < starts.length; e++) {
            int start = starts[e];
            int end = start;
            while (lines[end] != '\n') {
                end++;
            }
            add(start, end - start, IS_ENTRY);
            for (int i = start + 1; i < end; i++) {
                if (!Character.isLetter((char) (lines[i] & 0xFF)) && firstGoingOn(starts, e, i - start) == e) {
                    add(start, i - start, BEGINS_ENTRY);
                }
            }
        }
    }

    /**
     * Of the entries that begin with the first {@code length} characters of entry {@code e} and go on, the
     * first in order (they stand together, up to {@code e}): the one right after those characters, which the
     * answer {@link #BEGINS_ENTRY} is about.
     */
    private int firstGoingOn(int[] starts, int e, int length) {
        int first = e;
        while (first > 0 && Arrays.equals(lines, starts[first - 1], starts[first - 1] + length, lines, starts[e], starts[e] + length)
                && lines[starts[first - 1] + length] != '\n') {
            first--;
        }
        return first;
    }

    private void add(int offset, int length, int answer) {
        int slot = slot(hash(lines, offset, length));
        while (slots[slot] != 0 && !(length(slots[slot]) == length
                && Arrays.equals(lines, offset(slots[slot]), offset(slots[slot]) + length, lines, offset, offset + length))) {
            slot = (slot + 1) & (slots.length - 1);
        }
        slots[slot] = pack(offset, length, slots[slot] & ANSWERS | answer);
        int hash = hash(lines, offset, length);
        int first = filterBit(hash, FILTER_FIRST);
        int second = filterBit(hash, FILTER_SECOND);
        filter[first >>> 6] |= 1L << first;
        filter[second >>> 6] |= 1L << second;
    }

    /** One of the {@link #filter}'s two bits of a hash: the top bits of its product with {@code multiplier}. */
    private int filterBit(int hash, int multiplier) {
        return (hash * multiplier) >>> filterShift;
    }

    /** An offset below 2^21, a length below 256 and the answers' two bits in one int, never 0 (no entry is empty). */
    private static int pack(int offset, int length, int answers) {
        if (offset >= 1 << 21 || length == 0 || length > 0xFF) {
            throw new IllegalStateException("a word list of more than 2 MB or an entry of more than 255 characters");
        }
        return offset << 10 | length << 2 | answers;
    }

    private static int offset(int slot) {
        return slot >>> 10;
    }

    private static int length(int slot) {
        return slot >>> 2 & 0xFF;
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
            return latin1(new String(stream.readAllBytes(), StandardCharsets.UTF_8), what + " " + resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code entries} (in lower case, Latin-1) as a list in ascending order: a list read some other way than one entry
     * a line ({@link NameLexicon}'s name lists); {@code what} names it in the error.
     */
    static SortedLines of(Collection<String> entries, String what) {
        var lines = new StringBuilder();
        entries.stream().sorted().forEach(entry -> lines.append(entry).append('\n'));
        return latin1(lines.toString(), what);
    }

    private static SortedLines latin1(String lines, String what) {
        if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(lines)) {
            throw new IllegalStateException(what + " holds a character beyond Latin-1");
        }
        return new SortedLines(lines.getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * Whether {@code text[start, end)} is an entry: its capitals lower-cased, a curly apostrophe read as a straight
     * one, and every other character, a space between words too, as written.
     */
    boolean contains(String text, int start, int end) {
        return (find(text, start, end) & IS_ENTRY) != 0;
    }

    /**
     * {@link #IS_ENTRY} and {@link #BEGINS_ENTRY} of {@code text[start, end)}, by one lookup: whether it is an entry,
     * and whether the first entry in order that begins with it and goes on goes on with a space, "&amp;", an
     * apostrophe or a hyphen.
     */
    int find(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            int c = fold(text.charAt(i));
            if (c > 0xFF) {
                return 0;
            }
            hash = 31 * hash + c;
        }
        int first = filterBit(hash, FILTER_FIRST);
        int second = filterBit(hash, FILTER_SECOND);
        if ((filter[first >>> 6] >>> first & filter[second >>> 6] >>> second & 1) == 0) {
            return 0;
        }
        int length = end - start;
        for (int slot = slot(hash); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            if (length(slots[slot]) == length && isAt(text, start, end, offset(slots[slot]))) {
                return slots[slot] & ANSWERS;
            }
        }
        return 0;
    }

    /** The text's characters, folded, are the bytes at {@code offset}. */
    private boolean isAt(String text, int start, int end, int offset) {
        for (int i = start; i < end; i++, offset++) {
            if (fold(text.charAt(i)) != (lines[offset] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** The hash {@link #find} computes of a text whose folded characters are these bytes. */
    private static int hash(byte[] bytes, int offset, int length) {
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + (bytes[i] & 0xFF);
        }
        return hash;
    }

    private int slot(int hash) {
        return (hash ^ hash >>> 16) & (slots.length - 1);
    }

    int size() {
        return size;
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
