package fi.servicedesk.redaction.detection;

/**
 * "Lassila & Tikanoja", "Lassila & Tikanojan jäteauto", "Marks & Spencer": two names joined by an ampersand are a
 * firm's ({@link NotAPerson#isFirm}, which takes them off first), also after {@link RepeatedNames} has marked them
 * again because a person the message names bears one of them in another form ("Sanna Tikanojas stuga ligger vid
 * Lassila & Tikanoja", "Tikanojalla ei ole koodia"). A name a person bears as written here, outside a firm's name,
 * keeps its mark, as left in clear it would give that person away ("Pekka Tikanoja … Lassila & Tikanoja"); two given
 * names so joined are two people ("Heikki & Jussi").
 */
final class FirmsOfJoinedNames {

    private FirmsOfJoinedNames() {
    }

    static void unmarkNamesakes(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        if (text.indexOf('&') < 0) {
            return;
        }
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && NotAPerson.isFirm(text, tokens, words, t)
                    && !borneAsWritten(text, tokens, words, names, t)) {
                names[t] = false;
            }
        }
    }

    /** The word at {@code t} is marked elsewhere in the message as it is written here, not in a firm's name too. */
    private static boolean borneAsWritten(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names,
            int t) {
        for (int u = 0; u < tokens.size(); u++) {
            if (u != t && names[u] && tokens.length(u) == tokens.length(t)
                    && text.regionMatches(tokens.start(u), text, tokens.start(t), tokens.length(t))
                    && !NotAPerson.isFirm(text, tokens, words, u)) {
                return true;
            }
        }
        return false;
    }
}
