package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * "Minttu, voisitko hyväksyä …?", "Xin, katsotko tätä?": the word that opens a sentence before a comma and a
 * Finnish verb that asks the one addressed (the second person's question, "-tko/-tkö") is a name, even where it
 * is also a word, if it can be one at all (a name reading, or an unknown word that is no product). A greeting
 * or a word opening the sentence as a word ("Hei, voitko …", "Okei, katsotko …") has no name reading, and one
 * that is a name only by the lists while Voikko reads it as a word is the word ("Eli, voisitko …"). In English the
 * second person or a question to it follows the comma ("Ruusu, you're on mute", "Royal, can you share?").
 */
final class NamesAddressed {

    /** The shortest such verb: "voitko". */
    private static final int SHORTEST_VERB = 6;
    private static final WordSet ASKING = WordSet.of(Set.of("can", "could", "would", "will", "are", "did", "have"));

    private NamesAddressed() {
    }

    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        int end = tokens.end(t);
        if (names[t] || end >= text.length() || text.charAt(end) != ',' || !tokens.beginsSentence(t)
                || !(asksTheOneAddressed(text, tokens, t + 1) || addressesInEnglish(text, tokens, t + 1)) || !tokens.adjacent(t, t + 1)) {
            return;
        }
        // "Eli, voisitko …": a name only by the lists that Voikko reads as a word is the word.
        var w = words[t];
        names[t] = NameWords.isPersonWord(text, tokens, w, t) && !(w.is(NameLexicon.Word.LISTED) && w.is(NameLexicon.Word.COMMON));
    }

    /**
     * "Ruusu, you're on mute.", "Royal, can you share?": the second person right after the comma, or an auxiliary
     * asking it ("can you", "could you", "did you").
     */
    private static boolean addressesInEnglish(String text, Tokens tokens, int next) {
        if (isYou(text, tokens, next)) {
            return true;
        }
        return next + 1 < tokens.size() && tokens.length(next) <= 5 && ASKING.contains(text, tokens.start(next), tokens.end(next))
                && tokens.is(next + 1, "you") && tokens.spaced(next, next + 1);
    }

    /** "you", also with its verb glued on ("you're", "you've"). */
    private static boolean isYou(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        int length = tokens.length(t);
        return length >= 3 && Characters.regionMatchesIgnoringCase(text, start, "you")
                && (length == 3 || text.charAt(start + 3) == '\'' || text.charAt(start + 3) == '’');
    }

    /** "voisitko", "katsotko", "ehditkö": a word in lower case ending in "-tko" or "-tkö". */
    private static boolean asksTheOneAddressed(String text, Tokens tokens, int verb) {
        if (tokens.length(verb) < SHORTEST_VERB || !tokens.isLowerCase(verb)) {
            return false;
        }
        int end = tokens.end(verb);
        char last = text.charAt(end - 1);
        return (last == 'o' || last == 'ö') && text.charAt(end - 2) == 'k' && text.charAt(end - 3) == 't';
    }
}
