package fi.servicedesk.redaction.detection;

import java.util.Arrays;

/**
 * A message as every detector sees it, read once: which ASCII characters it holds, how many
 * digits, and which pairs of adjacent characters (case-folded, in a 256-bit filter), so that a
 * detector whose entities need an {@code @}, nine digits or a cue word such as "salasana" passes
 * over a text without them at once; and its words (every message's are asked for), found in the same pass.
 */
public final class Text {

    private static final int[] NO_RUNS = new int[0];
    /** How many longs the pair filter has. */
    static final int PAIR_WORDS = 4;

    private final String value;
    private final long low;
    private final long high;
    private final int digits;
    /** Bit (hash of a pair of adjacent case-folded characters) set for every pair of the text, in four longs. */
    private final long pairs0;
    private final long pairs1;
    private final long pairs2;
    private final long pairs3;
    /** Where each run of ASCII digits begins: the only places a number can. */
    private final int[] digitRuns;
    private final int digitRunCount;
    private final Tokens words;

    private Text(String value, long low, long high, int digits, long pairs0, long pairs1, long pairs2, long pairs3, int[] digitRuns,
            int digitRunCount, Tokens words) {
        this.words = words;
        this.value = value;
        this.digitRuns = digitRuns;
        this.digitRunCount = digitRunCount;
        this.low = low;
        this.high = high;
        this.digits = digits;
        this.pairs0 = pairs0;
        this.pairs1 = pairs1;
        this.pairs2 = pairs2;
        this.pairs3 = pairs3;
    }

    public static Text of(String value) {
        long low = 0;
        long high = 0;
        int digits = 0;
        // The pair filter's four longs in locals, each character's bit or-ed into the one it falls in without a branch:
        // or-ing into an array made each character wait for the store of the one before.
        long pairs0 = 0;
        long pairs1 = 0;
        long pairs2 = 0;
        long pairs3 = 0;
        var digitRuns = NO_RUNS;
        int digitRunCount = 0;
        char previous = 0;
        boolean afterDigit = false;
        var words = new Tokens(value);
        int wordStart = -1;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (wordStart < 0) {
                wordStart = Characters.isLetter(c) ? i : -1;
            } else if (!Characters.continuesWord(c) && !Tokens.joins(value, wordStart, i)) {
                words.addUnlessGlued(wordStart, i);
                wordStart = -1;
            }
            char folded = fold(c);
            int pair = pair(previous, folded);
            long bit = 1L << pair;
            int word = pair >>> 6;
            pairs0 |= word == 0 ? bit : 0;
            pairs1 |= word == 1 ? bit : 0;
            pairs2 |= word == 2 ? bit : 0;
            pairs3 |= word == 3 ? bit : 0;
            previous = folded;
            boolean digit = Scan.isDigit(c);
            if (c < 64) {
                low |= 1L << c;
                if (digit) {
                    if (!afterDigit) {
                        if (digitRunCount == digitRuns.length) {
                            digitRuns = Arrays.copyOf(digitRuns, Math.max(8, digitRunCount * 2));
                        }
                        digitRuns[digitRunCount++] = i;
                    }
                    digits++;
                }
            } else if (c < 128) {
                high |= 1L << (c - 64);
            }
            afterDigit = digit;
        }
        if (wordStart >= 0) {
            words.addUnlessGlued(wordStart, length);
        }
        return new Text(value, low, high, digits, pairs0, pairs1, pairs2, pairs3, digitRuns, digitRunCount, words);
    }

    /** The bits of {@code lower}'s adjacent pairs (in lower case) in the filter, for {@link #mayContain(long[])}. */
    static long[] pairBits(String lower) {
        var bits = new long[PAIR_WORDS];
        for (int i = 1; i < lower.length(); i++) {
            int pair = pair(lower.charAt(i - 1), lower.charAt(i));
            bits[pair >>> 6] |= 1L << pair;
        }
        return bits;
    }

    /**
     * False when the word (in lower case) whose {@link #pairBits} these are is surely not in the
     * text in any case; true when it may be, and the caller looks.
     */
    boolean mayContain(long[] bits) {
        return mayContain(bits, 0);
    }

    /** {@link #mayContain(long[])} of the {@link #PAIR_WORDS} longs of {@code bits} from {@code at}. */
    boolean mayContain(long[] bits, int at) {
        return (pairs0 & bits[at]) == bits[at] && (pairs1 & bits[at + 1]) == bits[at + 1]
                && (pairs2 & bits[at + 2]) == bits[at + 2] && (pairs3 & bits[at + 3]) == bits[at + 3];
    }

    /**
     * False when the two characters (case-folded, see {@link #fold}) are surely not side by side in the text;
     * true when they may be.
     */
    boolean mayContainPair(char first, char second) {
        int pair = pair(first, second);
        long bits = switch (pair >>> 6) {
            case 0 -> pairs0;
            case 1 -> pairs1;
            case 2 -> pairs2;
            default -> pairs3;
        };
        return (bits >>> pair & 1) != 0;
    }

    /**
     * {@link Character#toLowerCase(char)}, with Latin-1 (Finnish ä, ö, å and their capitals) done
     * inline: the general call was 5 % of the engine's samples on the evaluation set.
     */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
        }
        if (c < 256) {
            return c >= 0xC0 && c <= 0xDE && c != 0xD7 ? (char) (c + 0x20) : c;
        }
        return Character.toLowerCase(c);
    }

    private static int pair(char first, char second) {
        return (first * 31 + second) & 255;
    }

    public String value() {
        return value;
    }

    /** How many ASCII digits the text holds. */
    int digits() {
        return digits;
    }

    int digitRunCount() {
        return digitRunCount;
    }

    /** Where the {@code run}th run of ASCII digits begins. */
    int digitRun(int run) {
        return digitRuns[run];
    }

    /** Whether the text holds the ASCII character {@code c}. */
    boolean has(char c) {
        return c < 64 ? (low >>> c & 1) != 0 : (high >>> (c - 64) & 1) != 0;
    }

    /** The words of the text (see {@link Tokens}). */
    Tokens words() {
        return words;
    }
}
