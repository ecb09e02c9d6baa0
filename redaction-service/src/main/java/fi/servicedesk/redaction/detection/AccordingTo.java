package fi.servicedesk.redaction.detection;

/**
 * Whose word a message reports: "Per Hiroshi, Rolls-Royce is end-of-life", "as per Armas's email", "per Into's
 * note", "According to Siobhan Lane, …". After "per" or "according to", one or two capitalised words that end
 * before a comma or the English possessive are the person, unless they are a product, maker or common English
 * noun ("as per Policy,", "per Teams's notice").
 */
final class AccordingTo {

    private AccordingTo() {
    }

    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int cue = 0; cue + 1 < n; cue++) {
            int first = cue + 1;
            if (!tokens.isCapitalised(first) || !tokens.spaced(cue, first) || !isCue(tokens, cue)) {
                continue;
            }
            int last = first + 1 < n && tokens.isCapitalised(first + 1) && tokens.spaced(first, first + 1) ? first + 1 : first;
            if (!endsBeforeCommaOrPossessive(text, tokens.end(last))) {
                continue;
            }
            boolean person = true;
            for (int k = first; k <= last; k++) {
                person &= NameWords.canBeSurname(text, tokens, words[k], k) && !EnglishNouns.contains(text, tokens.start(k), tokens.end(k));
            }
            for (int k = first; person && k <= last; k++) {
                names[k] = true;
            }
        }
    }

    /** "per", or "to" of "according to". */
    private static boolean isCue(Tokens tokens, int t) {
        return tokens.is(t, "per") || tokens.is(t, "to") && t > 0 && tokens.is(t - 1, "according") && tokens.spaced(t - 1, t);
    }

    private static boolean endsBeforeCommaOrPossessive(String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        char c = text.charAt(end);
        return c == ',' || (c == '\'' || c == '’') && end + 1 < text.length() && text.charAt(end + 1) == 's';
    }
}
