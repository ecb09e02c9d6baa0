package fi.servicedesk.redaction.detection;

/**
 * A short word in capitals between two words in lower case, that only the name lists hold, is an acronym, no name
 * ("joten Elon vanha SIM toimii", "Vojislav's old SIM stays", "uusi PIN tulee"): a name written in capitals stands
 * in a line or beside another name in capitals ({@link NamesInCapitals}), not inside a sentence in mixed case; so is
 * one before the number it labels ("SIM 8935 …").
 */
final class AcronymsBetweenWords {

    /** An acronym's letters: two to four. */
    private static final int LONGEST_LETTERS = 4;

    private AcronymsBetweenWords() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && words[t] != null && words[t].is(NameLexicon.Word.LISTED) && tokens.length(t) >= 2
                    && tokens.length(t) <= LONGEST_LETTERS && isAllCapitals(text, tokens, t)
                    && (betweenWordsInLowerCase(tokens, t) || labelsNumber(text, tokens, t))) {
                names[t] = false;
            }
        }
    }

    private static boolean betweenWordsInLowerCase(Tokens tokens, int t) {
        return t > 0 && t + 1 < tokens.size() && tokens.isLowerCase(t - 1) && tokens.isLowerCase(t + 1)
                && tokens.spaced(t - 1, t) && tokens.spaced(t, t + 1);
    }

    /**
     * "SIM 8935 8041 …", "(PUK 4471 0925)": an acronym before the number it labels, a space between, and no other word in
     * capitals before it (a name in capitals before a phone number stands beside its other part: "KIVI ANU 040 …").
     */
    private static boolean labelsNumber(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        return end + 1 < text.length() && text.charAt(end) == ' ' && Scan.isDigit(text.charAt(end + 1))
                && !(t > 0 && tokens.spaced(t - 1, t) && isAllCapitals(text, tokens, t - 1));
    }

    private static boolean isAllCapitals(String text, Tokens tokens, int t) {
        for (int i = tokens.start(t); i < tokens.end(t); i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
