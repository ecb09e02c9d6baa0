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

    private final Pattern pattern;
    private final String text;
    /** Made at the first place a match can begin: most texts have none. */
    private Matcher matcher;

    Scan(Pattern pattern, String text) {
        this.pattern = pattern;
        this.text = text;
    }

    /** As {@code matcher.find(from)}, trying only where {@code start} allows; the match is then {@link #match()}. */
    boolean find(int from, Start start) {
        int length = text.length();
        for (int i = from; i < length; i++) {
            if (start.at(text, i)) {
                if (matcher == null) {
                    matcher = pattern.matcher(text).useTransparentBounds(true);
                }
                matcher.region(i, length);
                if (matcher.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
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
}
