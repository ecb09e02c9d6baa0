package fi.servicedesk.redaction.detection;

import java.util.Locale;

/**
 * A capitalised word nobody knows in a person's run of names before a hyphenated surname is one of their given names
 * (R3.2): "Shripad Prabhakar Kamat-Sardessai", "Seuraajat: Juhani Dattaraj Gaonkar-Kamat". A double surname
 * closes one person's names, so the word one space before it and one space after a name found stands where only a
 * given name does (not the word before that name, as often a role's title: *Handläggare Deivis Guevara-Zambrano*); a word no list knows there is a name the
 * lists miss, and {@link GivenNamesOfOnePerson} then joins the given names. The word's other capitalised mentions in
 * the message, in any case ending, are the same name ("Confirmation sent to Aldar Ayas and Shripad Prabhakar"), so
 * that {@link GivenNamePairs} finds the pair there too. Only a word known to nobody (no Voikko reading, no list's
 * name, no English noun, product or maker: *Kiitos Aino Virtanen-Koski*, *Teams Aino Virtanen-Koski* stay words), and
 * only in a run of exactly three on one line with single spaces, as a longer run is a list or a title.
 */
final class GivenNamesBeforeDoubleSurnames {

    private GivenNamesBeforeDoubleSurnames() {
    }

    /** Marks in {@code names} each such word and its other mentions. */
    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t + 2 < n; t++) {
            if (names[t] && names[t + 1] || !names[t + 2] || !DoubleSurnames.isHyphenated(text, tokens, t + 2)
                    || !oneSpaceApart(text, tokens, t, t + 1) || !oneSpaceApart(text, tokens, t + 1, t + 2)
                    || t > 0 && names[t - 1] && oneSpaceApart(text, tokens, t - 1, t)
                    || t + 3 < n && names[t + 3] && oneSpaceApart(text, tokens, t + 2, t + 3)) {
                continue;
            }
            // Only after a given name found: a word nobody knows before a full name is as often a role's title in a
            // language the lists lack ("Handläggare Deivis Guevara-Zambrano", "Ope Ó Briain-Kelleher").
            if (names[t] && !DoubleSurnames.isHyphenated(text, tokens, t + 1) && isUnknownWord(text, tokens, words, t + 1)) {
                names[t + 1] = true;
                markMentions(text, tokens, words, names, t + 1);
            }
        }
    }

    /** Marks the word's other capitalised mentions, in any case ending ("Prabhakarille" of "Prabhakar"). */
    private static void markMentions(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        String name = text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT);
        for (int u = 0; u < tokens.size(); u++) {
            if (!names[u] && tokens.end(u) - tokens.start(u) >= name.length() && text.regionMatches(true, tokens.start(u), name, 0, name.length())
                    && NameWords.isFormOf(text.substring(tokens.start(u), tokens.end(u)).toLowerCase(Locale.ROOT), name)
                    && isUnknownWord(text, tokens, words, u)) {
                names[u] = true;
            }
        }
    }

    private static boolean restInLowerCase(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return to - from >= 2;
    }

    /** The words stand on one line with one space between them. */
    private static boolean oneSpaceApart(String text, Tokens tokens, int t, int next) {
        return tokens.start(next) == tokens.end(t) + 1 && text.charAt(tokens.end(t)) == ' ';
    }

    /**
     * Capitalised, its other letters in lower case (not a title's "PhD"), and known to nobody: no reading of Voikko, no
     * list's name, no common English noun, product or maker.
     */
    private static boolean isUnknownWord(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        var w = words[t];
        return w != null && w.kinds() == 0 && tokens.isCapitalised(t) && restInLowerCase(text, tokens.start(t) + 1, tokens.end(t))
                && !EnglishNouns.contains(text, tokens.start(t), tokens.end(t))
                && !NameLexicon.isThingOrWord(text, tokens.start(t), tokens.end(t));
    }
}
