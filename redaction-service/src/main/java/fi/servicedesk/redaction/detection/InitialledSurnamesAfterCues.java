package fi.servicedesk.redaction.detection;

/**
 * "cc: Tahvi Räätälinharju; I. Tapiola (+358 …)", "Kopio: Niko Vasaraoja; E. Kelirikko", "Käsittelijä I. Tapiola
 * (it7715)": an initial that opens an item of a list (after ";", "," or ":") or follows a role stands before a
 * surname (R3.2): a name, a word no list or Voikko reading knows ("Păun", "Moncrieff"), one Voikko knows only as a
 * place ("Tapiola"), or a compound of a word of the land that Voikko reads as a noun ("Käsittelijä A.-I.
 * Seiväskorpi"); not a word of the language or of English ("Vastaus: A. Kyllä; B. Ei", "A. Restart; B. Reinstall"
 * list answers).
 * {@link NameLayout#markSignaturesAndInitials} reads an initial after a word in lower case or at a line's start only.
 */
final class InitialledSurnamesAfterCues {

    private InitialledSurnamesAfterCues() {
    }

    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 1; t + 1 < tokens.size(); t++) {
            if (!NameWords.isInitial(text, tokens, t)
                    || !opensItem(text, tokens.end(t - 1), tokens.start(t)) && !NamesAfterCues.isRole(text, tokens, words, t - 1)) {
                continue;
            }
            int name = Initials.nameAfter(text, tokens, t);
            if (name > t && NameWords.canBeSurname(text, tokens, words[name], name)
                    && isNameOrUnknown(text, tokens, words[name], name, isDoubleInitial(text, tokens, t, name))) {
                names[name] = true;
            }
        }
    }

    /**
     * A name, a place, a word known neither to the lexicon nor as English (a list's "A. Restart; B. Reinstall"), or,
     * after a double initial that names a person already, a compound of a word of the land that Voikko reads as an
     * ordinary noun ("A.-I. Seiväskorpi", "L.-A. Varsakangas"); one letter may be an option's ("A. Hiekkaranta").
     */
    private static boolean isNameOrUnknown(String text, Tokens tokens, NameLexicon.Word w, int t, boolean doubleInitial) {
        return w.isName() || !w.isKnown() && !EnglishWords.contains(text, tokens.start(t), tokens.end(t))
                || w.is(NameLexicon.Word.PLACE) && !w.is(NameLexicon.Word.COMMON)
                || doubleInitial && TopographicSurnames.is(text, tokens.start(t), tokens.end(t), w);
    }

    /** "A.-I.", "J-P.": a hyphen joins two initials from {@code t} to the surname. */
    private static boolean isDoubleInitial(String text, Tokens tokens, int t, int name) {
        return text.substring(tokens.start(t), tokens.start(name)).indexOf('-') >= 0;
    }

    /**
     * Whether what stands between two words, {@code text[from, to)}, ends in a list's separator and a space ("; ",
     * ", ", ": ", also after a bracket that closed the item before: "(+358 …); E. Kelirikko").
     */
    private static boolean opensItem(String text, int from, int to) {
        var gap = text.substring(from, to).strip();
        return !gap.isEmpty() && to - from > gap.length() && ";,:".indexOf(gap.charAt(gap.length() - 1)) >= 0;
    }
}
