package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * The SI units named after people are written with their namesake's capital ("350 Pa", "50 Hz", "2 Gy"): right after
 * a number such a symbol is the measure's unit, no name, as a person's name never follows a bare quantity so.
 */
final class UnitSymbols {

    /** The two-letter symbols of units named after people, folded: pascal, hertz, weber, gray, sievert, becquerel. */
    private static final WordSet SYMBOLS = WordSet.of(Set.of("pa", "hz", "wb", "gy", "sv", "bq"));
    private static final int SYMBOL_LENGTH = 2;

    private UnitSymbols() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            int start = tokens.start(t);
            if (names[t] && tokens.length(t) == SYMBOL_LENGTH && start >= 2 && text.charAt(start - 1) == ' '
                    && Character.isDigit(text.charAt(start - 2))
                    && Character.isUpperCase(text.charAt(start)) && Character.isLowerCase(text.charAt(start + 1))
                    && SYMBOLS.contains(text, start, tokens.end(t))) {
                names[t] = false;
            }
        }
    }
}
