package fi.servicedesk.redaction.detection;

import java.util.Arrays;

/**
 * The words of a text, found in {@link Text#of}'s pass over it: runs of letters and the marks that go on with them
 * ({@link Characters#continuesWord}: मेरा is one word, not two), with a hyphen
 * inside a word kept ("Hirvonen-Laine"). Offsets are UTF-16; a word's letters are tested with
 * {@link Character#isLetter(char)}, so a word of surrogate pairs is not a word here.
 */
final class Tokens {

    private static final String GLUE = "/=&?@_.#%\\";
    /** The vowels either side of a glottal stop, and how far into its part it may stand ("Fa'a": two letters). */
    private static final String VOWELS = "aeiouāēīōū";
    private static final int GLOTTAL_STOP_FARTHEST = 3;
    /** {@link #GLUE} as bits by character (all ASCII), tested at the ends of every word. */
    private static final long GLUE_LOW = bits(GLUE, 0);
    private static final long GLUE_HIGH = bits(GLUE, 64);

    /** Bits of {@link #shapes}: the name rules ask them of every word, often. */
    private static final byte CAPITALISED = 1;
    private static final byte LOWER_CASE = 2;
    /** Only spaces and tabs, at least one, between the word and the one before it: {@link #spaced} of the pair. */
    private static final byte SPACED_FROM_PREVIOUS = 4;
    /** {@link #beginsSentence} of the word has been answered, and the answer: asked of most words, by several rules and twice by the tagger. */
    private static final byte SENTENCE_KNOWN = 8;
    private static final byte BEGINS_SENTENCE = 16;

    private int[] starts = new int[16];
    private int[] ends = new int[16];
    /**
     * {@link #CAPITALISED}, {@link #LOWER_CASE} and {@link #SPACED_FROM_PREVIOUS} of each word, found as it is added;
     * {@link #SENTENCE_KNOWN} and {@link #BEGINS_SENTENCE} once asked.
     */
    private byte[] shapes = new byte[16];
    private int size;
    private final String text;

    /** Empty; {@link Text#of} adds the words as it reads the text, in the same pass. */
    Tokens(String text) {
        this.text = text;
    }

    /** Adds the run of letters {@code text[start, end)} unless it is glued to an identifier (see {@link #glued}). */
    void addUnlessGlued(int start, int end) {
        if (!glued(text, start, end)) {
            add(start, end);
        }
    }

    /**
     * A hyphen inside a word ("Hirvonen-Laine"), an apostrophe after one capital ("O'Brien";
     * not "it's"), an apostrophe between two Cyrillic letters: Ukrainian and Belarusian spell
     * with it inside a word ("м'ята", "Мар'яна"), where it is a letter of the word, not a quote;
     * or Polynesian names' glottal stop, an apostrophe between two vowels early in a capitalised
     * part ("Fa'amausili", "Aiono-Fa'amausili", "Ka'ahumanu"), which no English contraction makes.
     */
    static boolean joins(String text, int start, int i) {
        char c = text.charAt(i);
        // Most words end at a space: that test first.
        if (c != '-' && c != '\'' && c != '’' || i + 1 >= text.length() || !Characters.isLetter(text.charAt(i + 1))) {
            return false;
        }
        return c == '-' && i > start
                || (c == '\'' || c == '’') && i == start + 1 && Character.isUpperCase(text.charAt(start))
                && Character.isUpperCase(text.charAt(i + 1))
                || (c == '\'' || c == '’') && i > start && isCyrillic(text.charAt(i - 1)) && isCyrillic(text.charAt(i + 1))
                || (c == '\'' || c == '’') && i > start && isGlottalStop(text, start, i);
    }

    /** The apostrophe at {@code i} stands between two vowels in lower case at most three letters into a capitalised part. */
    private static boolean isGlottalStop(String text, int start, int i) {
        int part = i - 1;
        while (part > start && text.charAt(part - 1) != '-') {
            part--;
        }
        return i - part <= GLOTTAL_STOP_FARTHEST && Character.isUpperCase(text.charAt(part))
                && VOWELS.indexOf(text.charAt(i - 1)) >= 0 && VOWELS.indexOf(text.charAt(i + 1)) >= 0;
    }

    private static boolean isCyrillic(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC && Character.isLetter(c);
    }

    /**
     * A word glued to digits ("KB5012") or inside an address, a path or a query ("example.fi",
     * "?lang=en", "john_smith") is part of an identifier of a thing, not a word; what other
     * detectors find there is theirs.
     */
    private static boolean glued(String text, int start, int end) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (Scan.isDigit(before) || isGlue(before) && !(before == '/' && slashBetweenWords(text, start - 1))) {
                return true;
            }
        }
        if (end < text.length()) {
            char after = text.charAt(end);
            if (Scan.isDigit(after) || isGlue(after) && after != '.' && after != '?' && !(after == '/' && slashBetweenWords(text, end))) {
                return true;
            }
            // A full stop or question mark ends a sentence ("Can you call Liam?") unless a path or query goes on.
            return (after == '.' || after == '?') && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1));
        }
        return false;
    }

    /**
     * "Raili/Jyrki", "Hirvi/Siobhan": one slash between two capitalised words in mixed case, with no path
     * or identifier around them, joins two words (people on a roster), not the parts of a path ("TCP/IP",
     * "A/B", "docs/Setup", "/Users/Raili").
     */
    private static boolean slashBetweenWords(String text, int slash) {
        if (slash < 2 || slash + 2 >= text.length() || !isLowerCase(text.charAt(slash - 1))
                || !isUpperCase(text.charAt(slash + 1)) || !isLowerCase(text.charAt(slash + 2))) {
            return false;
        }
        int start = slash - 1;
        while (start > 0 && Characters.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (!isUpperCase(text.charAt(start)) || start > 0 && (isGlue(text.charAt(start - 1)) || Scan.isDigit(text.charAt(start - 1)))) {
            return false;
        }
        int end = slash + 2;
        while (end < text.length() && Characters.isLetter(text.charAt(end))) {
            end++;
        }
        if (end == text.length()) {
            return true;
        }
        char after = text.charAt(end);
        return !Scan.isDigit(after) && (!isGlue(after)
                || (after == '.' || after == '?') && (end + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 1))));
    }

    private static boolean isGlue(char c) {
        return c < 64 ? (GLUE_LOW >>> c & 1) != 0 : c < 128 && (GLUE_HIGH >>> (c - 64) & 1) != 0;
    }

    /** The characters of {@code ascii} from {@code first} to {@code first + 63} as bits. */
    private static long bits(String ascii, int first) {
        long bits = 0;
        for (int k = 0; k < ascii.length(); k++) {
            int c = ascii.charAt(k) - first;
            if (c >= 0 && c < 64) {
                bits |= 1L << c;
            }
        }
        return bits;
    }

    private void add(int start, int end) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            shapes = Arrays.copyOf(shapes, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        shapes[size] = (byte) ((capitalised(start, end) ? CAPITALISED : 0) | (isLowerCase(text.charAt(start)) ? LOWER_CASE : 0)
                | (size > 0 && onlySpacesBetween(ends[size - 1], start) ? SPACED_FROM_PREVIOUS : 0));
        size++;
    }

    int size() {
        return size;
    }

    int start(int token) {
        return starts[token];
    }

    int end(int token) {
        return ends[token];
    }

    int length(int token) {
        return ends[token] - starts[token];
    }

    /** A capital and then a small letter: "Jarmo", "McDonald"; not "IT" or "VPN". */
    boolean isCapitalised(int token) {
        return (shapes[token] & CAPITALISED) != 0;
    }

    private boolean capitalised(int start, int end) {
        int length = end - start;
        if (length < 2 || !isUpperCase(text.charAt(start))) {
            return false;
        }
        char second = text.charAt(start + 1);
        return isLowerCase(second) || (second == '\'' || second == '’') && length > 3 && isLowerCase(text.charAt(start + 3));
    }

    /** {@link Character#isUpperCase(char)}, ASCII answered inline. */
    private static boolean isUpperCase(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** {@link Character#isLowerCase(char)}, ASCII answered inline. */
    private static boolean isLowerCase(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    boolean isLowerCase(int token) {
        return (shapes[token] & LOWER_CASE) != 0;
    }

    /** Whether the word is {@code lower} (given in lower case), in any case. */
    boolean is(int token, String lower) {
        return length(token) == lower.length() && Characters.regionMatchesIgnoringCase(text, starts[token], lower);
    }

    /**
     * Nothing but white space and at most one comma or colon between the two words: a cue and
     * what follows it, also on the next line ("Terveisin,\nJarmo").
     */
    boolean adjacent(int token, int next) {
        int separators = 0;
        for (int i = ends[token]; i < starts[next]; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ':') {
                separators++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return separators <= 1;
    }

    /** A plus and nothing else between the word and the next one: "Landis+Gyr", as makers' names are joined. */
    boolean joinedByPlus(int token) {
        return ends[token] + 1 == starts[token + 1] && text.charAt(ends[token]) == '+';
    }

    /** Exactly one space between the two words: "Virtanen Aino" in a field, not a column's gap. */
    boolean oneSpaceApart(int token, int next) {
        return ends[token] + 1 == starts[next] && text.charAt(ends[token]) == ' ';
    }

    /**
     * Only spaces between: two parts of one name ("Jarmo Hirvonen"). A tab parts a spreadsheet's cells ("Ulrika\tTalous"
     * is a name and a department). The name rules ask it of neighbours most often, and for them it was found as the
     * words were added.
     */
    boolean spaced(int token, int next) {
        if (next == token + 1) {
            return (shapes[next] & SPACED_FROM_PREVIOUS) != 0;
        }
        return onlySpacesBetween(ends[token], starts[next]);
    }

    /** At least one character from {@code from} to {@code to}, and each a space. */
    private boolean onlySpacesBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ') {
                return false;
            }
        }
        return from < to;
    }

    /**
     * The first word of the text, of a line or after a full stop, question or exclamation mark; a bullet, a quote
     * mark or a checklist's box ("[ ] Buddy assigned", "[x] Tunnukset luotu") may stand before it.
     */
    /**
     * Opens a sentence, or a clause after a colon ("Talare 1 [00:00:14]: Kan du stava …", "Details: My former manager
     * …"), where a word is as often capitalised for its place alone.
     */
    boolean opensClause(int token) {
        if (beginsSentence(token)) {
            return true;
        }
        int i = starts[token] - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i >= 0 && i < starts[token] - 1 && text.charAt(i) == ':';
    }

    boolean beginsSentence(int token) {
        byte shape = shapes[token];
        if ((shape & SENTENCE_KNOWN) == 0) {
            shape |= SENTENCE_KNOWN | (opensSentence(starts[token]) ? BEGINS_SENTENCE : 0);
            shapes[token] = shape;
        }
        return (shape & BEGINS_SENTENCE) != 0;
    }

    private boolean opensSentence(int start) {
        boolean quoted = false;
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            // A colon before a quotation opens the sentence quoted ("Ostajan viesti: "Olen Rope Kyyrö …""); not a JSON
            // key's, which is quoted itself ("displayName": "Best, Royal", a pretty printer's "lastName" : "Koski").
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r' || c == ':' && quoted && !closesQuotedKey(i)) {
                return true;
            }
            quoted |= isQuote(c);
            if (c == ']' && i >= 2 && text.charAt(i - 2) == '[' && isCheckMark(text.charAt(i - 1))) {
                i -= 2;
                continue;
            }
            if (c != ' ' && c != '\t' && !isQuote(c) && c != '(' && c != '-' && c != '–' && c != '*' && c != '>') {
                return false;
            }
        }
        return true;
    }

    /** The colon at {@code colon} follows a quoted key, spaces apart or none. */
    private boolean closesQuotedKey(int colon) {
        int i = colon - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && isQuote(text.charAt(i));
    }

    /** A straight quote or a typographic one ("…", “…”, „…”). */
    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„';
    }

    /** What a checklist's box holds between its brackets: nothing, or a mark that it is done. */
    private static boolean isCheckMark(char c) {
        return c == ' ' || c == 'x' || c == 'X' || c == '✓' || c == '✔';
    }
}
