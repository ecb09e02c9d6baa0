package fi.servicedesk.redaction.detection;

/**
 * A short word in capitals between two words in lower case, that only the name lists hold, is an acronym, no name
 * ("joten Elon vanha SIM toimii", "Vojislav's old SIM stays", "uusi PIN tulee"): a name written in capitals stands
 * in a line or beside another name in capitals ({@link NamesInCapitals}), not inside a sentence in mixed case.
 */
final class AcronymsBetweenWords {

    /** An acronym's letters: two to four. */
    private static final int LONGEST_LETTERS = 4;

    private AcronymsBetweenWords() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 1; t + 1 < tokens.size(); t++) {
            if (names[t] && words[t] != null && words[t].is(NameLexicon.Word.LISTED) && tokens.length(t) >= 2
                    && tokens.length(t) <= LONGEST_LETTERS && isAllCapitals(text, tokens, t)
                    && tokens.isLowerCase(t - 1) && tokens.isLowerCase(t + 1)
                    && tokens.spaced(t - 1, t) && tokens.spaced(t, t + 1)) {
                names[t] = false;
            }
        }
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
