package fi.servicedesk.redaction.detection;

/**
 * The key of a field in what a tool prints names the field, not a person, whatever a rule or the tagger read in its
 * words; the value after it stays whatever the rules make of it ("Reviewed-by: Aino Virta" keeps its name). A key is:
 * <ul>
 *   <li>a JSON key, quoted before its colon (<code>"DisplayName": …</code>, or doubled in a CSV cell: <code>""UserType"":</code>);</li>
 *   <li>a trailer's key, a capitalised word ending in "-by" right before its colon, who did something to the
 *       change ("Signed-off-by:", "Co-authored-by:"), unlike a hyphenated given name ("Su-bin:", "veli-matti:");</li>
 *   <li>the words opening a line of a list aligned in columns, before a colon that spaces part from the key or the value
 *       (PowerShell's Format-List "LockedOut      : False", an event's "Logon Type:\t\t3", "Log Name:      System"), where
 *       a chat's speaker writes the colon right after the name and one space after it.</li>
 * </ul>
 * A word only a name ("Aino") keeps its mark, as in {@link ColumnTitles}, unless it is in capitals ("SAM Account Name:").
 */
final class FieldKeys {

    /** How a trailer's key ends: who did something to the change. */
    private static final String TRAILER_END = "-by";
    /** The most words of an aligned list's key ("Security ID", "Account Name", "SAM Account Name"). */
    private static final int MOST_KEY_WORDS = 4;

    private FieldKeys() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            int start = tokens.start(t);
            int end = tokens.end(t);
            if (names[t] && (words[t] == null || !words[t].isOnlyName() || Characters.inCapitals(text, start, end))
                    && (isJsonKey(text, start, end) || isTrailerKey(text, start, end) || isAlignedKey(text, start, end))) {
                names[t] = false;
            }
        }
    }

    private static boolean isJsonKey(String text, int start, int end) {
        int close = end;
        while (close < text.length() && close - end < 2 && text.charAt(close) == '"') {
            close++;
        }
        int open = start;
        while (open > 0 && start - open < 2 && text.charAt(open - 1) == '"') {
            open--;
        }
        return close > end && open < start && close < text.length() && text.charAt(close) == ':';
    }

    private static boolean isTrailerKey(String text, int start, int end) {
        return end < text.length() && text.charAt(end) == ':' && Character.isUpperCase(text.charAt(start))
                && end - start > TRAILER_END.length() && text.startsWith(TRAILER_END, end - TRAILER_END.length());
    }

    /** The word is among the first few of its line, before a colon with spaces before it or a tab or two spaces after it. */
    private static boolean isAlignedKey(String text, int start, int end) {
        int lineStart = Characters.lineStart(text, start);
        int words = 0;
        for (int i = lineStart; i < start; i++) {
            char c = text.charAt(i);
            if (c == ' ' && i > lineStart && text.charAt(i - 1) != ' ' && text.charAt(i - 1) != '\t') {
                words++;
            } else if (!isKeyCharacter(c)) {
                return false;
            }
        }
        if (words >= MOST_KEY_WORDS) {
            return false;
        }
        for (int i = end; i < text.length() && words < MOST_KEY_WORDS; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return paddedColon(text, i);
            }
            if (!isKeyCharacter(c)) {
                return false;
            }
            words += c == ' ' && text.charAt(i - 1) != ' ' ? 1 : 0;
        }
        return false;
    }

    /** A letter, a digit or what parts a key's words ("Logon ID", "Account Domain", "Caller Process (ID)"); no line break. */
    private static boolean isKeyCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == ' ' || c == '\t' || c == '-' || c == '/' || c == '(' || c == ')';
    }

    private static boolean paddedColon(String text, int colon) {
        char before = text.charAt(colon - 1);
        if (before == ' ' || before == '\t') {
            return true;
        }
        return colon + 1 < text.length() && (text.charAt(colon + 1) == '\t'
                || colon + 2 < text.length() && text.charAt(colon + 1) == ' ' && text.charAt(colon + 2) == ' ');
    }
}
