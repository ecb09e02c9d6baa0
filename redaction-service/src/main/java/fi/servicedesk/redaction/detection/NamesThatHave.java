package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * "Tomaszilla on sama ongelma", "Kanyalla ei ole tunnuksia": the Finnish "X has" puts the owner in the
 * adessive before a form of "olla", and what has a problem, an account or a laptop is a person. A
 * capitalised word neither Voikko nor the lists know, in the adessive before "on", "oli" or "ei", is a
 * name unless its stem is a product or maker ("Slackilla on katko" keeps Slack, which the lists hold); so it is with
 * a clitic after the ending ("Xinilläkin on").
 */
final class NamesThatHave {

    /** Forms of "olla" after an owner: has, had, has not. */
    private static final WordSet IS = WordSet.of(Set.of("on", "oli", "ei"));
    /** The fewest letters of such a word: a stem of three and "lla". */
    private static final int SHORTEST = 6;

    private NamesThatHave() {
    }

    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        if (names[t] || words[t] == null || tokens.length(t) < SHORTEST || !tokens.isCapitalised(t)) {
            return;
        }
        // A clitic may follow the ending: "Xinilläkin on".
        int end = tokens.end(t) - NameWords.cliticLength(text, tokens.start(t), tokens.end(t));
        // Most words are short, lower case or known, and few end in "lla"/"llä": those tests first.
        if (end - tokens.start(t) < SHORTEST || text.charAt(end - 2) != 'l' || text.charAt(end - 3) != 'l' || text.charAt(end - 1) != 'a' && text.charAt(end - 1) != 'ä'
                || words[t].isKnown() || !tokens.spaced(t, t + 1) || tokens.length(t + 1) > 3) {
            return;
        }
        names[t] = IS.contains(text, tokens.start(t + 1), tokens.end(t + 1)) && FinnishPersonPhrases.isNoThing(text, tokens, t);
    }
}
