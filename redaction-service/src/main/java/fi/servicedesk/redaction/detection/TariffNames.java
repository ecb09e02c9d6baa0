package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A utility's tariff or contract is named after its cue word, and the name is the product's wherever the message repeats
 * it: "tariff Green Tracker … moved to the estate, Green Tracker", "avtal Vindel … appen visar fortfarande Vindel".
 * Products are named with colours, virtues and coined words that the name lists and the model read as names. The cue
 * words are the closed class of the words for a tariff or a contract in the three languages, in lower case before the
 * name; up to {@link #LONGEST_NAME} capitalised words spaced after it are the name ("EV Night Saver"), unless one is a
 * name in a case, which a product's is not: the contract's other party ("sopimus Matti Virtasen kanssa"); nor when
 * the words are all names and a word in lower case follows them: a person opening a relative clause ("the tariff Anna
 * chose", "avtal Ebba Falk skrev under"), who would otherwise lose the mark wherever the message names them.
 */
final class TariffNames {

    private static final WordSet CUES = WordSet.of(Set.of("tariff", "tariffi", "avtal", "elavtal", "sopimus"));
    private static final int LONGEST_NAME = 3;

    private TariffNames() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t + 1 < n; t++) {
            if (!tokens.isLowerCase(t) || !CUES.contains(text, tokens.start(t), tokens.end(t)) || !tokens.spaced(t, t + 1)
                    || !opensWithCapital(text, tokens, t + 1)) {
                continue;
            }
            int last = t + 1;
            while (last + 1 < n && last - t < LONGEST_NAME && tokens.spaced(last, last + 1) && opensWithCapital(text, tokens, last + 1)) {
                last++;
            }
            if (!NameWords.anyInflectedName(text, tokens, words, t + 1, last) && !opensAClause(text, tokens, words, t + 1, last)) {
                unmarkEveryMention(text, tokens, names, t + 1, last);
            }
        }
    }

    /** "Anna chose": every word of {@code [first, last]} a name by the lists, and a spaced word in lower case after them. */
    private static boolean opensAClause(String text, Tokens tokens, NameLexicon.Word[] words, int first, int last) {
        if (last + 1 >= tokens.size() || !tokens.spaced(last, last + 1) || !tokens.isLowerCase(last + 1)) {
            return false;
        }
        for (int k = first; k <= last; k++) {
            if (words[k] == null || !NameWords.isAnyName(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** "Green", "EV": a word capitalised or in capitals. */
    private static boolean opensWithCapital(String text, Tokens tokens, int t) {
        return Character.isUpperCase(text.charAt(tokens.start(t)));
    }

    /** Each run of words that spells the same as {@code [first, last]}, the cue's own too. */
    private static void unmarkEveryMention(String text, Tokens tokens, boolean[] names, int first, int last) {
        int words = last - first;
        for (int u = 0; u + words < tokens.size(); u++) {
            boolean same = true;
            for (int k = 0; k <= words && same; k++) {
                int a = first + k;
                int b = u + k;
                same = tokens.length(a) == tokens.length(b) && text.regionMatches(tokens.start(a), text, tokens.start(b), tokens.length(a))
                        && (k == 0 || tokens.spaced(b - 1, b));
            }
            for (int k = 0; same && k <= words; k++) {
                names[u + k] = false;
            }
        }
    }
}
