package fi.servicedesk.redaction.detection;

/**
 * Spoken Finnish asks with "-ks" where the written language has the clitic "-ko"/"-kö": "Onks Pasi paikalla?", "Tuleeks
 * se tänään?", "Ooks nähny?". Voikko knows only the written form, so the spoken one opening a question is a word no one
 * knows, and a model reading the shape of the text may take it for a name. Such a word, opening a sentence that ends
 * with a question mark, is the verb where its written form ("Onko", "Tuleeko") is an ordinary word and no name ("Aleks?"
 * stays: "Aleko" is none). The verb such a question asks for after a modal is spoken Finnish's too ("voitko tsekata").
 */
final class ColloquialQuestions {

    /**
     * Finnish modal verbs asking a favour or leave, written and spoken ("voitko", "voiks"): the word right after one is
     * the infinitive it asks for.
     */
    private static final WordSet MODALS = WordSet.of(java.util.Set.of("voitko", "voisitko", "voinko", "voisinko",
            "pystytkö", "ehditkö", "jaksatko", "osaatko", "viitsitkö", "saanko", "voiks", "voisitsä", "voitsä", "pystyks",
            "ehitsä", "ehdiks"));

    private ColloquialQuestions() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && isSpokenQuestionWord(text, tokens, t) && tokens.beginsSentence(t)
                    && endsInQuestion(text, tokens.end(t)) && isWrittenWord(text, tokens, lexicon, t)) {
                names[t] = false;
            } else if (names[t] && tokens.isLowerCase(t) && isInfinitiveAfterModal(text, tokens, words[t], t)) {
                names[t] = false;
            }
        }
    }

    /**
     * "voitko tsekata onks se…", "voiks buukata": a word in lower case ending as an infinitive ("-a", "-ä") right after a
     * modal is the verb, one of spoken Finnish's loans that Voikko does not know; a name reading keeps it ("voitko
     * jukka katsoa").
     */
    private static boolean isInfinitiveAfterModal(String text, Tokens tokens, NameLexicon.Word w, int t) {
        char last = text.charAt(tokens.end(t) - 1);
        return (last == 'a' || last == 'ä') && t > 0 && tokens.spaced(t - 1, t) && tokens.isLowerCase(t - 1)
                && MODALS.contains(text, tokens.start(t - 1), tokens.end(t - 1))
                && (w == null || !NameWords.isAnyName(w) && !w.is(NameLexicon.Word.PLACE));
    }

    /** Ends in "ks", in four letters or more: "Onks", "Tuleeks". */
    private static boolean isSpokenQuestionWord(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        return tokens.length(t) >= 4 && text.charAt(end - 1) == 's' && text.charAt(end - 2) == 'k';
    }

    /** The sentence from {@code from} ends with a question mark. */
    private static boolean endsInQuestion(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?') {
                return true;
            }
            if (c == '.' || c == '!' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    /** The written form, "-ko" or "-kö" by the word's vowels, is an ordinary word to Voikko and no name. */
    private static boolean isWrittenWord(String text, Tokens tokens, NameLexicon lexicon, int t) {
        String stem = text.substring(tokens.start(t), tokens.end(t) - 1).toLowerCase(java.util.Locale.ROOT);
        boolean back = stem.chars().anyMatch(c -> "aou".indexOf(c) >= 0);
        String written = stem + (back ? "o" : "ö");
        var w = lexicon.lookup(written, 0, written.length());
        return w.is(NameLexicon.Word.COMMON) && !NameWords.isAnyName(w);
    }
}
