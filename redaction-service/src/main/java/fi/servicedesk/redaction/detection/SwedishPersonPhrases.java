package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A given name opening a Swedish sentence before "var" or "är" (was, is) and a word in lower case is the clause's
 * subject, a person (R8.2): "Anna var snabb.", "Sven är sjuk idag." Where a sentence begins a given name that is also
 * a word is read as the word ("Anna minulle …"), and Swedish's verb of being, unknown to Voikko, says otherwise. And a
 * name in the genitive Swedish writes, the name and an "s", before the word in lower case it owns: "Karin-Stinas team
 * tar över", "Artturis dator", also a surname nobody knows after a name found ("Hedvig-Ragna Lybecks order").
 */
final class SwedishPersonPhrases {

    private static final WordSet BEING = WordSet.of(Set.of("var", "är"));

    private SwedishPersonPhrases() {
    }

    /**
     * "Karin-Stinas team", "Hildings dator": a capitalised word that neither Voikko nor the lists know, that is a name
     * and nothing else once its "s" is off, before a word in lower case. A word that is a name's form of its own
     * ("Marks", "Williams") or a thing's ("Teams", "Windows") is known, and left to the other rules.
     */
    static void markGenitives(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] words, boolean[] names, int[] capitals) {
        for (int t : capitals) {
            // Most capitalised words are known or end in another letter: those tests first.
            if (names[t] || words[t].isKnown() || text.charAt(tokens.end(t) - 1) != 's' || tokens.length(t) <= NameWords.SHORTEST_STEM
                    || t + 1 >= tokens.size() || !tokens.spaced(t, t + 1) || !tokens.isLowerCase(t + 1)) {
                continue;
            }
            var owner = lexicon.lookup(text, tokens.start(t), tokens.end(t) - 1);
            if (owner.isOnlyName() && !owner.is(NameLexicon.Word.ENGLISH_WORD)) {
                words[t] = owner;
                names[t] = true;
            }
        }
    }

    /**
     * "Hedvig-Ragna Lybecks order berörs inte": after a name found, a capitalised word nobody knows that ends in "s"
     * before a word in lower case is the person's surname in the Swedish genitive, owning that word, though the surname
     * is also a firm's or a hall's the message names ("Lybeck Logistik", "Lybeckhallen"). After the tagger, whose given
     * names count; a product's or a maker's name once its "s" is off is the thing's.
     */
    static void markSurnameGenitivesAfterNames(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 1; t + 1 < tokens.size(); t++) {
            if (names[t] || !names[t - 1] || !tokens.isCapitalised(t - 1) || !tokens.isCapitalised(t) || words[t] == null
                    || words[t].isKnown() || text.charAt(tokens.end(t) - 1) != 's' || tokens.length(t) <= NameWords.SHORTEST_STEM + 1
                    || !tokens.oneSpaceApart(t - 1, t) || !tokens.spaced(t, t + 1) || !tokens.isLowerCase(t + 1)) {
                continue;
            }
            if (!NameLexicon.isThingOrWord(text, tokens.start(t), tokens.end(t) - 1)
                    && !NameLexicon.isMaker(text, tokens.start(t), tokens.end(t) - 1)) {
                names[t] = true;
            }
        }
    }

    static void markSubject(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        if (!names[t] && t + 2 < tokens.size() && words[t] != null && tokens.isCapitalised(t) && tokens.beginsSentence(t)
                && words[t].is(NameLexicon.Word.FIRST) && BEING.contains(text, tokens.start(t + 1), tokens.end(t + 1))
                && tokens.spaced(t, t + 1) && tokens.spaced(t + 1, t + 2) && tokens.isLowerCase(t + 2)) {
            names[t] = true;
        }
    }
}
