package fi.servicedesk.redaction.detection;

/**
 * The unit a signature writes on the line under the signer's name ("Kind regards\nAino Virta\nAdmissions", "Terveisin
 * Ville Kallio\nFinance"): a line of nothing but up to {@link #LONGEST_UNIT} capitalised English words, none of which a
 * name list or Voikko reads as a name or a name's part, right under a line of nothing but a full name (two or more
 * words, all marked). A surname under a given name ("Aino\nVirta") and a given name ("Grace") stay.
 */
final class UnitsUnderSigners {

    private static final int LONGEST_UNIT = 3;
    private static final int SHORTEST_NAME = 2;
    private static final int NAME_READINGS = NameLexicon.Word.FIRST | NameLexicon.Word.LAST
            | NameLexicon.Word.PAIRED_FIRST | NameLexicon.Word.PAIRED_LAST;

    private UnitsUnderSigners() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int nameFirst = -1;
        int first = 0;
        while (first < tokens.size()) {
            int lineStart = text.lastIndexOf('\n', tokens.start(first)) + 1;
            int lineEnd = text.indexOf('\n', tokens.start(first));
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int next = first;
            while (next < tokens.size() && tokens.start(next) < lineEnd) {
                next++;
            }
            boolean wordsOnly = wordsOnly(text, tokens, first, next, lineStart, lineEnd);
            if (nameFirst >= 0 && wordsOnly && isUnit(text, tokens, words, first, next)) {
                for (int k = first; k < next; k++) {
                    names[k] = false;
                }
            }
            nameFirst = wordsOnly && isFullName(names, first, next) && lineEnd < text.length() ? first : -1;
            if (nameFirst >= 0 && (next == tokens.size() || text.lastIndexOf('\n', tokens.start(next)) != lineEnd)) {
                nameFirst = -1;
            }
            first = next;
        }
    }

    /** Whether the line [lineStart, lineEnd) holds the words [from, to) and nothing but spaces between them. */
    private static boolean wordsOnly(String text, Tokens tokens, int from, int to, int lineStart, int lineEnd) {
        int at = lineStart;
        for (int k = from; k < to; k++) {
            if (!isBlank(text, at, tokens.start(k))) {
                return false;
            }
            at = tokens.end(k);
        }
        return isBlank(text, at, lineEnd);
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean isFullName(boolean[] names, int from, int to) {
        if (to - from < SHORTEST_NAME) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!names[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUnit(String text, Tokens tokens, NameLexicon.Word[] words, int from, int to) {
        if (to - from > LONGEST_UNIT) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!tokens.isCapitalised(k) || words[k] != null && words[k].is(NAME_READINGS)
                    || !EnglishWords.contains(text, tokens.start(k), tokens.end(k))) {
                return false;
            }
        }
        return true;
    }
}
