package fi.servicedesk.redaction.detection;


/**
 * A name with its role beside it between commas: "Zeynep Öztürk, our new payroll lead, needs …",
 * "Nieminen, uusi tiiminvetäjämme, tarvitsee …". Two capitalised words before the comma are a
 * first name and a surname if each is a name or unknown and no product; one word needs a name
 * reading of its own.
 */
final class NamesInApposition {

    /** How many words the role may be from the comma after the name ("our new payroll lead"). */
    private static final int ROLE_WITHIN = 4;

    private NamesInApposition() {
    }

    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int[] capitals) {
        for (int t : capitals) {
            // Most words are not right before a comma: that test first.
            int end = tokens.end(t);
            if (t + 1 >= tokens.size() || end >= text.length() || text.charAt(end) != ',' || !roleFollows(text, tokens, words, t + 1)) {
                continue;
            }
            if (t > 0 && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t)) {
                if (NameWords.isPersonWord(text, tokens, words[t - 1], t - 1) && NameWords.isPersonWord(text, tokens, words[t], t)) {
                    names[t - 1] = true;
                    names[t] = true;
                }
            } else if (NameWords.isAnyName(words[t])
                    && !NameLexicon.isMaker(text, tokens.start(t), end)) {
                names[t] = true;
            }
        }
    }

    /** A role, closed by a comma, within {@link #ROLE_WITHIN} spaced words from {@code from}. */
    private static boolean roleFollows(String text, Tokens tokens, NameLexicon.Word[] words, int from) {
        if (text.charAt(tokens.end(from - 1) + 1) != ' ') {
            return false;
        }
        for (int t = from; t < from + ROLE_WITHIN && t < tokens.size() && (t == from || tokens.spaced(t - 1, t)); t++) {
            if (tokens.end(t) < text.length() && text.charAt(tokens.end(t)) == ',' && NamesAfterCues.isRole(text, tokens, words, t)) {
                return true;
            }
        }
        return false;
    }
}
