package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A service's pages for its own customers are named with a possessive: "Export from My Account:", "Uttag ur Mina
 * sidor:", "Felanmälan (Mina sidor – Fastighet)". The possessive is no name there, though "My" and "Mina" are given
 * names too: an English one, capitalised anywhere (a page's name is written so at a sentence's start too), before a
 * capitalised English noun that no list reads as a name ("My Account", "Your Orders"; "My Andersson" stays), a Swedish plural one after a preposition or an opening
 * bracket, or opening a line (a footer's "Mina sidor El | Ärende …"), before a plural noun in lower case, in a Swedish
 * message ("ur Mina sidor"; "med Mina igår" stays).
 */
final class SelfServicePages {

    private static final WordSet ENGLISH_POSSESSIVES = WordSet.of(Set.of("my", "your", "our"));
    private static final WordSet SWEDISH_POSSESSIVES = WordSet.of(Set.of("mina", "dina", "våra"));
    /** Prepositions a page is reached by: out of, on, in, via, from, to it. */
    private static final WordSet SWEDISH_PREPOSITIONS = WordSet.of(Set.of("ur", "på", "i", "via", "från", "till"));
    /** "sidor", "fakturor": a Swedish plural noun's ending, which no verb of Swedish has; from this length ("bor" is one). */
    private static final int SHORTEST_PLURAL = 5;

    private SelfServicePages() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if (names[t] && !(t > 0 && names[t - 1] && tokens.spaced(t - 1, t)) && tokens.isCapitalised(t) && tokens.spaced(t, t + 1)
                    && (isEnglishPage(text, tokens, words, t) || isSwedishPage(text, tokens, t))) {
                names[t] = false;
            }
        }
    }

    private static boolean isEnglishPage(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return ENGLISH_POSSESSIVES.contains(text, tokens.start(t), tokens.end(t)) && tokens.isCapitalised(t + 1)
                && (words[t + 1] == null || !NameWords.isAnyName(words[t + 1]))
                && EnglishNouns.contains(text, tokens.start(t + 1), tokens.end(t + 1));
    }

    private static boolean isSwedishPage(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        boolean afterPreposition = t > 0 && tokens.spaced(t - 1, t) && SWEDISH_PREPOSITIONS.contains(text, tokens.start(t - 1), tokens.end(t - 1))
                || start > 0 && text.charAt(start - 1) == '(' || start == Characters.lineStart(text, start);
        return afterPreposition && SWEDISH_POSSESSIVES.contains(text, start, tokens.end(t)) && tokens.isLowerCase(t + 1)
                && tokens.length(t + 1) >= SHORTEST_PLURAL && text.startsWith("or", tokens.end(t + 1) - 2)
                && SwedishWords.holdsSwedishWord(text, tokens, 0, text.length());
    }
}
