package fi.servicedesk.redaction.detection;

/**
 * The town that names a firm's premises after the premises' word: "COLLECTED … depot Aberdeen", "Keräilylista – varasto
 * Kokkola", "osti sen myymälästä Lappeenranta.": one capitalised word that ends the line after a premises word in
 * lower case ({@link NotAPerson#isPremisesWord}) is the place's name where the lists read it as a place or as no name
 * at all. A given name there is who works at the premises ("Cover today: reception Sarah, warehouse Tom"), and so is
 * a surname or a name in a case form ("Siirrä toimipiste Virtaselle").
 */
final class PlacesAfterPremises {

    private PlacesAfterPremises() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 1; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && tokens.spaced(t - 1, t)
                    && NotAPerson.isPremisesWord(text, tokens, words[t - 1], t - 1) && endsLine(text, tokens.end(t))
                    && readsAsPlace(words[t]) && !NameWords.isInflectedName(text, tokens, words[t], t)) {
                names[t] = false;
            }
        }
    }

    private static boolean readsAsPlace(NameLexicon.Word w) {
        return w == null || !NameWords.isGivenName(w) && (w.is(NameLexicon.Word.PLACE) || !NameWords.isAnyName(w));
    }

    /**
     * The word ends its line, also after a full stop, as a label's or a log's place does ("depot Aberdeen", "varasto
     * Kokkola"); inside a sentence a name after a premises word may be a person's ("Siirrä toimipiste Lucíalle, hän …").
     */
    private static boolean endsLine(String text, int end) {
        int i = end < text.length() && text.charAt(end) == '.' ? end + 1 : end;
        return i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }
}
