package fi.servicedesk.redaction.detection;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pattern search that tries a pattern only where a match can begin. {@link Matcher#find()}
 * attempts a match at every position, and a pattern that opens with a look-behind pays a full
 * attempt at each; testing the character there first makes a search about as cheap as one loop
 * over the text. The patterns keep their look-behinds (the region's bounds are transparent), so
 * what is found is exactly what {@code find()} finds.
 */
final class Scan {

    /** Whether a match of the pattern can begin at {@code index} of {@code text}. */
    @FunctionalInterface
    interface Start {
        boolean at(String text, int index);
    }

    /**
     * The ASCII characters a match can open with, and the full test. Every detector's search runs
     * through {@link #find}, so a call of {@link Start} there sees a dozen implementations and is
     * never inlined; a bit test first keeps that call to the few places a match can begin (a
     * non-ASCII character always gets it, since case folding maps some to ASCII letters: K, ſ).
     * {@code beforeDigitRun} is -1, or how many characters before a run of ASCII digits every
     * match begins: such a search looks only there.
     */
    record Opening(long low, long high, int beforeDigitRun, Start start) {

        static Opening of(String ascii, Start start) {
            long low = 0;
            long high = 0;
            for (int k = 0; k < ascii.length(); k++) {
                char c = ascii.charAt(k);
                if (c < 64) {
                    low |= 1L << c;
                } else if (c < 128) {
                    high |= 1L << (c - 64);
                } else {
                    throw new IllegalArgumentException("not ASCII: " + c);
                }
            }
            // A match opening with a digit after no digit (every such pattern's look-behind) opens a run.
            return new Opening(low, high, ascii.chars().allMatch(c -> isDigit((char) c)) ? 0 : -1, start);
        }

        /** The same opening, for a pattern whose every match begins {@code characters} before a run of digits. */
        Opening beforeDigitRun(int characters) {
            return new Opening(low, high, characters, start);
        }

        boolean at(String text, int index) {
            char c = text.charAt(index);
            boolean may = c < 64 ? (low >>> c & 1) != 0 : c >= 128 || (high >>> (c - 64) & 1) != 0;
            return may && start.at(text, index);
        }
    }

    static final String DIGITS = "0123456789";

    private final Pattern pattern;
    private final Text message;
    private final String text;
    /** Made at the first place a match can begin: most texts have none. */
    private Matcher matcher;

    Scan(Pattern pattern, Text message) {
        this.pattern = pattern;
        this.message = message;
        this.text = message.value();
    }

    /** As {@code matcher.find(from)}, trying only where {@code opening} allows; the match is then {@link #match()}. */
    boolean find(int from, Opening opening) {
        if (opening.beforeDigitRun() >= 0) {
            for (int run = 0; run < message.digitRunCount(); run++) {
                int i = message.digitRun(run) - opening.beforeDigitRun();
                if (i >= from && opening.at(text, i) && matchesAt(i)) {
                    return true;
                }
            }
            return false;
        }
        for (int i = from; i < text.length(); i++) {
            if (opening.at(text, i) && matchesAt(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesAt(int i) {
        if (matcher == null) {
            matcher = pattern.matcher(text).useTransparentBounds(true);
        }
        matcher.region(i, text.length());
        return matcher.lookingAt();
    }

    Matcher match() {
        return matcher;
    }

    /** True at the first digit of a run of ASCII digits. */
    static boolean digitRunStart(String text, int index) {
        return isDigit(text.charAt(index)) && (index == 0 || !isDigit(text.charAt(index - 1)));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The part without the digits that close it: "tamm" of "tamm3", as a login or an address numbers its namesakes. */
    static String withoutTrailingDigits(String part) {
        int end = part.length();
        while (end > 0 && isDigit(part.charAt(end - 1))) {
            end--;
        }
        return part.substring(0, end);
    }
}
