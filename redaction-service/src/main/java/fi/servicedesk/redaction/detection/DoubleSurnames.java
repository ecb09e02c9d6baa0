package fi.servicedesk.redaction.detection;

/**
 * "Luíza Rodríguez Núñez", "Joaquim Oliveira Pereira": after a given name, two words that are each a surname and no
 * given name are one double surname, as Spanish and Portuguese write the father's and the mother's, and one span with
 * one placeholder. Only where the message names the person by the pair alone: where either surname also stands
 * without the other ("… Núñez approved"), the words keep a placeholder each, so the same word keeps the same one.
 * Every other place the message writes the same pair ("Rodríguez Núñez, Luíza") is one span too.
 */
final class DoubleSurnames {

    private DoubleSurnames() {
    }

    /**
     * For each word, whether it is a double surname's second, joined with the word before it into one name; null when
     * the message has none.
     */
    static boolean[] secondParts(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        boolean[] second = null;
        for (int t = 1; t + 1 < tokens.size(); t++) {
            // The given name stands before the pair's particles, if it has any ("Bia da Costa Ribeiro").
            int given = SurnameParticles.firstParticle(text, tokens, t) - 1;
            if (names[t] && names[t + 1] && given >= 0 && names[given] && isPair(text, tokens, words, names, t) && tokens.spaced(given, given + 1)
                    && !isKnownSurnameOnly(words[given]) && (second == null || !second[t + 1])
                    && standsOnlyInPairs(text, tokens, words, names, base(text, tokens, words, t), base(text, tokens, words, t + 1))) {
                second = second == null ? new boolean[tokens.size()] : second;
                markPairs(text, tokens, words, names, base(text, tokens, words, t), base(text, tokens, words, t + 1), second);
            }
        }
        return second;
    }

    /**
     * Two surnames side by side, with no third marked word after them and no particle between them: "Van der Merwe" is
     * one surname already ({@link SurnameParticles}); a particle may open the pair ("da Costa Ribeiro").
     */
    private static boolean isPair(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        return tokens.spaced(t, t + 1) && isSurnameOnly(text, tokens, words[t], t) && isSurnameOnly(text, tokens, words[t + 1], t + 1)
                && !(t + 2 < tokens.size() && names[t + 2] && tokens.spaced(t + 1, t + 2))
                && !SurnameParticles.isParticle(text, tokens, t) && SurnameParticles.firstParticle(text, tokens, t + 1) == t + 1;
    }

    /**
     * A surname and no given name, or a word no list knows in Latin-1 letters ("Márquez": the lists hold names in
     * ASCII); not one in Vietnamese letters, written family name first ("Đỗ Ngọc Anh": the pair is the given names).
     */
    private static boolean isSurnameOnly(String text, Tokens tokens, NameLexicon.Word w, int t) {
        return w != null && (w.is(NameLexicon.Word.LAST) && !w.is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST)
                || !w.isKnown() && isLatin1(text, tokens.start(t), tokens.end(t)));
    }

    private static boolean isLatin1(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** The word before the pair may be a given name no list knows ("Joaquín"), but not a surname the lists know. */
    private static boolean isKnownSurnameOnly(NameLexicon.Word w) {
        return w == null || w.is(NameLexicon.Word.LAST) && !w.is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST);
    }

    /** The word's value: its base form, or the word in lower case where no reading gives one (or none was asked: "BIN"). */
    static String base(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        var w = words[t];
        return w != null && w.base() != null && w.isName() ? w.base() : text.substring(tokens.start(t), tokens.end(t)).toLowerCase(java.util.Locale.ROOT);
    }

    /** Every marked word of either surname stands beside the other, in that order, the second in any case form ("Márquezille"). */
    private static boolean standsOnlyInPairs(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, String first, String last) {
        for (int k = 0; k < tokens.size(); k++) {
            if (!names[k] || words[k] == null) {
                continue;
            }
            String base = base(text, tokens, words, k);
            if (base.equals(first) && !(k + 1 < tokens.size() && names[k + 1] && tokens.spaced(k, k + 1) && words[k + 1] != null
                    && NameWords.isFormOf(base(text, tokens, words, k + 1), last))
                    || NameWords.isFormOf(base, last) && !(k > 0 && names[k - 1] && tokens.spaced(k - 1, k) && words[k - 1] != null
                    && first.equals(base(text, tokens, words, k - 1)))) {
                return false;
            }
        }
        return true;
    }

    private static void markPairs(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, String first, String last,
            boolean[] second) {
        for (int k = 1; k < tokens.size(); k++) {
            if (names[k] && names[k - 1] && words[k] != null && words[k - 1] != null && tokens.spaced(k - 1, k)
                    && NameWords.isFormOf(base(text, tokens, words, k), last) && first.equals(base(text, tokens, words, k - 1))) {
                second[k] = true;
            }
        }
    }
}
