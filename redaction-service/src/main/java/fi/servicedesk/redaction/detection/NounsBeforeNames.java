package fi.servicedesk.redaction.detection;

/**
 * "Interpreter Vu Thi Tuan", "09.41 Eskaloitu Keräselle": a capitalised word that no list and no Voikko
 * reading makes a name, and that is an English noun or a Finnish participle ("Eskaloitu", "Korjannut"), says who or what
 * the name after it is, or what happened to it; it is not the person's given name. A role is singular: a
 * plural is no role and may be a name ("Mats Åström"). A word Voikko knows only
 * as a noun stays a possible name ("Ilo Kokko", "Säde Kuusi": Finnish given names are nouns).
 */
final class NounsBeforeNames {

    private NounsBeforeNames() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if (names[t] && names[t + 1] && tokens.isCapitalised(t) && tokens.spaced(t, t + 1) && isNoNamesWord(text, tokens, words[t], t)) {
                names[t] = false;
            }
        }
    }

    private static boolean isNoNamesWord(String text, Tokens tokens, NameLexicon.Word w, int t) {
        if (w == null || NameWords.isAnyName(w)) {
            return false;
        }
        return w.is(NameLexicon.Word.ADJECTIVE) && isParticiple(text, tokens.end(t))
                || !w.isKnown() && text.charAt(tokens.end(t) - 1) != 's' && EnglishNouns.contains(text, tokens.start(t), tokens.end(t));
    }

    /** A Finnish past participle's ending: "eskaloitu", "siirretty", "korjannut", "lisännyt". */
    private static boolean isParticiple(String text, int end) {
        return text.startsWith("tu", end - 2) || text.startsWith("ty", end - 2) || text.startsWith("nut", end - 3)
                || text.startsWith("nyt", end - 3);
    }
}
