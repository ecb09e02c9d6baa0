package fi.servicedesk.redaction.detection;

/**
 * "Kerroin asiakkaalle sadun korjauksen aikataulusta": a role in a local case ("asiakkaalle", "kollegalta")
 * names its person in the same case ("asiakkaalle Sadulle"); a word in lower case in the genitive after it,
 * that is an ordinary word's genitive too ("sadun", the tale's), belongs to the noun after it, not to the role.
 * A capitalised genitive stays a name ("kerroin asiakkaalle Matin koneesta" speaks of Matti).
 */
final class GenitivesAfterInflectedRoles {

    private GenitivesAfterInflectedRoles() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 1; t < tokens.size(); t++) {
            var w = words[t];
            if (names[t] && tokens.isLowerCase(t) && w != null && w.is(NameLexicon.Word.ORDINARY_GENITIVE)
                    && tokens.spaced(t - 1, t) && tokens.isLowerCase(t - 1) && inLocalCase(text, tokens.end(t - 1))
                    && NamesAfterCues.isRole(text, tokens, words, t - 1)) {
                names[t] = false;
            }
        }
    }

    /** The word ending at {@code end} ends as the allative, ablative, adessive, inessive or elative does. */
    private static boolean inLocalCase(String text, int end) {
        if (end < 4) {
            return false;
        }
        char last = text.charAt(end - 1);
        char second = text.charAt(end - 2);
        char third = text.charAt(end - 3);
        if (last == 'e') {
            return second == 'l' && third == 'l';
        }
        return (last == 'a' || last == 'ä') && (second == 't' && (third == 'l' || third == 's')
                || second == 'l' && third == 'l' || second == 's' && third == 's');
    }
}
