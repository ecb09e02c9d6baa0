package fi.servicedesk.redaction.detection;

/**
 * A field written surname first, "Surname, Given" (R3.2): a CSV cell, a quoted JSON value, a table's cell, a column of a
 * directory pasted as text ("Koppeloranta, Jaakko-Aleksanteri" between quotes or semicolons, "| Ngo Bassa, Njang |"). Where the given name after the comma is found and the field holds nothing else, the
 * one to three words before the comma are the surname, known or not ("Koppeloranta", "da Costa Ribeiro"): a field
 * holds one thing, and a given name closes it only after its surname. One side at least must be a field's edge that is
 * no sentence's (a quote, ';', '|', a tab, a run of spaces), and a greeting, thanks, role or English word before the
 * comma ("Hei, Anna", "Thanks, Anna") is none.
 */
final class SurnamesFirstInFields {

    /** How many words a surname written first has at most, particles included ("da Costa Ribeiro"). */
    private static final int MOST_SURNAME_WORDS = 3;
    /** No field's edge. */
    private static final int NONE = 0;
    /** A line's edge, a label's colon, an address's '&lt;' or a parenthesis: also a sentence's. */
    private static final int WEAK = 1;
    /** A quote, ';', '|', a tab, two spaces or more: a field's only. */
    private static final int STRONG = 2;

    private SurnamesFirstInFields() {
    }

    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 1; t < tokens.size(); t++) {
            if (!names[t] || names[t - 1]) {
                continue;
            }
            int comma = tokens.end(t - 1);
            if (!text.startsWith(", ", comma) || tokens.start(t) != comma + 2) {
                continue;
            }
            int last = t;
            if (last + 1 < tokens.size() && names[last + 1] && tokens.oneSpaceApart(last, last + 1)) {
                last++;
            }
            int right = closesField(text, tokens.end(last));
            // A firm's or product's word alone in a field closed on both sides is a surname too ("Dell, Maija").
            boolean aloneInField = right == STRONG && opensField(text, tokens.start(t - 1)) == STRONG;
            if (right == NONE || !isSurnameWord(text, tokens, words, t - 1, aloneInField)) {
                continue;
            }
            int first = t - 1;
            while (first > 0 && t - first < MOST_SURNAME_WORDS && tokens.oneSpaceApart(first - 1, first)
                    && (isSurnameWord(text, tokens, words, first - 1, false) || SurnameParticles.isParticle(text, tokens, first - 1))) {
                first--;
            }
            while (first < t - 1 && !tokens.isCapitalised(first) && !SurnameParticles.isParticle(text, tokens, first)) {
                first++;
            }
            int left = opensField(text, tokens.start(first));
            if (left == NONE || left == WEAK && right == WEAK) {
                continue;
            }
            for (int k = first; k < t; k++) {
                names[k] = true;
            }
        }
    }

    /**
     * A capitalised word that can be a surname: a name, a word nobody knows or a noun (Finnish surnames are); no greeting.
     * A product's or maker's word only where {@code thingsToo} (alone in its field).
     */
    private static boolean isSurnameWord(String text, Tokens tokens, NameLexicon.Word[] words, int t, boolean thingsToo) {
        var w = words[t];
        boolean thing = NameLexicon.isThingOrWord(text, tokens.start(t), tokens.end(t));
        if (!tokens.isCapitalised(t) || tokens.length(t) < 2 || w == null || w.is(NameLexicon.Word.ENGLISH_WORD)
                || NamesAfterCues.isGreeting(text, tokens, t) || thing && !thingsToo
                || NamesAfterCues.isRole(text, tokens, words, t)) {
            return false;
        }
        if (thing) {
            return true;
        }
        return w.isName() || !w.isKnown() || w.is(NameLexicon.Word.NOUN) && !w.is(NameLexicon.Word.PLACE);
    }

    private static int opensField(String text, int start) {
        int i = start - 1;
        if (i >= 1 && (text.charAt(i) == '\'' || text.charAt(i) == '’') && Character.isUpperCase(text.charAt(i - 1))) {
            // "O'Connell", "D'Angelo": the letter and apostrophe before the surname's word.
            i -= 2;
        }
        int spaces = 0;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
            spaces++;
        }
        if (i < 0 || text.charAt(i) == '\n') {
            return spaces >= 2 ? NONE : WEAK;
        }
        if (spaces >= 2) {
            return STRONG;
        }
        char c = text.charAt(i);
        return "\";|\t".indexOf(c) >= 0 ? STRONG : c == ':' ? WEAK : NONE;
    }

    private static int closesField(String text, int end) {
        int i = end;
        int spaces = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
            spaces++;
        }
        if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
            return WEAK;
        }
        if (spaces >= 2) {
            return STRONG;
        }
        char c = text.charAt(i);
        return "\";|\t".indexOf(c) >= 0 ? STRONG : c == '<' || c == '(' ? WEAK : NONE;
    }
}
