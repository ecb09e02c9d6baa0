package fi.servicedesk.redaction.detection;

/**
 * Where a person named is from, after "from": "Adekunle from Morrisons: Love it", "Virve Morrison from Lappeenranta asked":
 * a town or a firm, not a second person, since one person is not from another but from another's place ("Tom from
 * Anna's team"). A given name there may be a second person's ("a card to Anna from Liisa"), and a name beside it makes
 * it one ("Anna from Liisa Virtanen"). So only a word that reads as a place, or has a firm's shape, is taken: a plural
 * or a chain's "-s" ("Morrisons"), or a legal form after it ("Acme Ltd"); a surname may be the second person's ("Sara
 * from Nieminen" hands a ticket from one person to another) and stays.
 */
final class WhereSomeoneIsFrom {

    /** The shortest marked name looked for inside the word: shorter ones open too many words by chance. */
    private static final int SHORTEST_NAME = 3;

    private WhereSomeoneIsFrom() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 2; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && tokens.is(t - 1, "from") && tokens.isLowerCase(t - 1)
                    && tokens.spaced(t - 1, t) && tokens.spaced(t - 2, t - 1) && names[t - 2] && tokens.isCapitalised(t - 2)
                    && isPlaceOrFirm(text, tokens, words[t], t) && !beforePossessive(text, tokens.end(t))
                    && !beforeName(text, tokens, words, names, t) && !bearsAMarkedName(text, tokens, names, t)) {
                names[t] = false;
            }
        }
    }

    private static boolean isPlaceOrFirm(String text, Tokens tokens, NameLexicon.Word w, int t) {
        if (NameWords.isGivenName(w) || NameWords.hasSurnameReading(w)) {
            return false;
        }
        return w != null && w.is(NameLexicon.Word.PLACE) || text.charAt(tokens.end(t) - 1) == 's'
                || FirmsByLegalForm.formFollows(text, tokens, t);
    }

    /** A name after the word, not an English word of the firm's ("from Liisa Virtanen", not "from Clarks Outlet"). */
    private static boolean beforeName(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        return t + 1 < tokens.size() && names[t + 1] && tokens.spaced(t, t + 1) && tokens.isCapitalised(t + 1)
                && !EnglishWords.holdsOnlyAsWord(text, tokens, words[t + 1], t + 1) && !FirmsByLegalForm.formFollows(text, tokens, t);
    }

    /**
     * "Sylvi Harrod from Harrods Estates": a firm that bears the name of a person the message names is left marked,
     * since the firm's word in clear would show that person's name too.
     */
    private static boolean bearsAMarkedName(String text, Tokens tokens, boolean[] names, int t) {
        for (int k = 0; k < tokens.size(); k++) {
            if (k != t && names[k] && tokens.length(k) >= SHORTEST_NAME && tokens.length(k) < tokens.length(t)
                    && text.regionMatches(tokens.start(k), text, tokens.start(t), tokens.length(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean beforePossessive(String text, int end) {
        return end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’');
    }
}
