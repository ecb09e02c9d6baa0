package fi.servicedesk.redaction.detection;

/**
 * A word right before a count of a whole ("Page 3 of 18", "Sida 2 av 5", "Sivu 4/12", "Slide 7 / 20") is the noun
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

    /** "3 of 18", "4/12", "7 / 20" from {@code i}. */
    private static boolean isCountOfAWhole(String text, int i) {
        i = afterDigits(text, i);
        int spaced = afterSpaces(text, i);
        if (spaced < text.length() && text.charAt(spaced) == '/') {
            i = afterSpaces(text, spaced + 1);
        } else if (spaced > i && OF.startsWordAt(text, spaced)) {
            int word = spaced;
            while (word < text.length() && Character.isLetter(text.charAt(word))) {
                word++;
            }
            i = afterSpaces(text, word);
            if (i == word) {
                return false;
            }
        } else {
            return false;
        }
        return i < text.length() && Character.isDigit(text.charAt(i));
    }

    private static int afterDigits(String text, int i) {
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int afterSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
