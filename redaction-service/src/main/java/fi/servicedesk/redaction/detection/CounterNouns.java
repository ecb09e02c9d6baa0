package fi.servicedesk.redaction.detection;

/**
 * A word right before a count of a whole ("Page 3 of 18", "Sida 2 av 5", "Seite 1 von 4") is the noun
 * of what is counted, a footer's or a viewer's, not a name: a person's name is followed by a number of theirs (a phone,
 * an extension), never by "N of M".
 */
final class CounterNouns {

    /** The words that join a count to its whole in English, Swedish and German. */
    private static final WrittenWords OF = WrittenWords.of("of", "av", "von");

    private CounterNouns() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            int end = tokens.end(t);
            // the cheap key first: a space and a digit right after the word
            if (names[t] && end + 1 < text.length() && text.charAt(end) == ' ' && Character.isDigit(text.charAt(end + 1))
                    && isCountOfAWhole(text, end + 1)) {
                names[t] = false;
            }
        }
    }

    /**
     * "3 of 18", "2 av 5" from {@code i}: a word joins the count to its whole, as a slash does in a date or a phone
     * ("14/12/2026", "0176/65677218") too.
     */
    private static boolean isCountOfAWhole(String text, int i) {
        i = afterDigits(text, i);
        int word = Characters.afterSpaces(text, i);
        if (word == i || !OF.startsWordAt(text, word)) {
            return false;
        }
        int next = word;
        while (next < text.length() && Character.isLetter(text.charAt(next))) {
            next++;
        }
        int whole = Characters.afterSpaces(text, next);
        return whole > next && whole < text.length() && Character.isDigit(text.charAt(whole));
    }

    private static int afterDigits(String text, int i) {
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
