package fi.servicedesk.redaction.detection;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A utility's tariff or contract is named after its cue word, and the name is the product's wherever the message repeats
 * it: "tariff Green Tracker … moved to the estate, Green Tracker", "avtal Vindel … appen visar fortfarande Vindel".
 * Products are named with colours, virtues and coined words that the name lists and the model read as names. The cue
 * words are the closed class of the words for a tariff or a contract in the three languages, in lower case before the
 * name; up to {@link #LONGEST_NAME} capitalised words spaced after it are the name ("EV Night Saver"), unless one is a
 * name in a case, which a product's is not: the contract's other party ("sopimus Matti Virtasen kanssa"); nor when
 * the words are all names and a word in lower case follows them: a person opening a relative clause ("the tariff Anna
 * chose", "avtal Ebba Falk skrev under"), who would otherwise lose the mark wherever the message names them. A contract's
 * heading names its product after the cue in any case, the contract's number and a dash, to the line's end ("ELAVTAL
 * 7837222066 – Fjärrvärme Bas"), unless a given name and a surname end the heading: the contract's party ("SOPIMUS
 * AVT-183133 – Matti Virtanen").
 */
final class TariffNames {

    private static final WordSet CUES = WordSet.of(Set.of("tariff", "tariffi", "avtal", "elavtal", "sopimus",
            "sähkösopimus"));
    private static final int LONGEST_NAME = 3;
    /** A heading's product name holds a few more words, in lower case too ("Toistaiseksi voimassa oleva Tuuli"). */
    private static final int LONGEST_HEADING_NAME = 5;
    /** After a heading's cue word: the contract's number, a code with a digit, and a dash before the product's name. */
    private static final Pattern HEADING = Pattern.compile(" +[\\p{L}\\d-]*\\d[\\p{L}\\d-]* +[–—-] +(?=\\p{Lu})");

    private TariffNames() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t + 1 < n; t++) {
            if (!CUES.contains(text, tokens.start(t), tokens.end(t))) {
                continue;
            }
            int heading = headingNameStart(text, tokens, t);
            if (heading > 0) {
                int last = headingNameEnd(text, tokens, heading);
                if (last >= 0 && !NameWords.anyInflectedName(text, tokens, words, heading, last)
                        && !isGivenNameAndSurname(words, heading, last)
                        && !opensAClause(text, tokens, words, heading, capitalisedRunEnd(text, tokens, heading, last))) {
                    unmarkEveryMention(text, tokens, names, heading, last);
                }
                continue;
            }
            if (!tokens.isLowerCase(t) || !tokens.spaced(t, t + 1) || !opensWithCapital(text, tokens, t + 1)) {
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

    /**
     * The first word of the product's name in a contract's heading, "ELAVTAL 7837222066 – Fjärrvärme Bas", "SÄHKÖSOPIMUS
     * AVT-183133 – Toistaiseksi voimassa oleva Tuuli": after the cue word, the contract's number (a code with a digit)
     * and a dash, a capitalised word; -1 otherwise.
     */
    private static int headingNameStart(String text, Tokens tokens, int t) {
        var heading = HEADING.matcher(text).region(tokens.end(t), Characters.lineEnd(text, tokens.end(t)));
        if (!heading.lookingAt()) {
            return -1;
        }
        for (int k = t + 1; k < tokens.size() && tokens.start(k) <= heading.end(); k++) {
            if (tokens.start(k) == heading.end()) {
                return k;
            }
        }
        return -1;
    }

    /** The name's last word when it ends its line within {@link #LONGEST_HEADING_NAME} words; -1 otherwise. */
    private static int headingNameEnd(String text, Tokens tokens, int first) {
        int lineEnd = Characters.lineEnd(text, tokens.start(first));
        int last = first;
        while (last + 1 < tokens.size() && tokens.start(last + 1) < lineEnd && tokens.spaced(last, last + 1)) {
            last++;
        }
        return last - first < LONGEST_HEADING_NAME && Characters.endsLine(text, tokens.end(last)) ? last : -1;
    }

    /**
     * "Matti Virtanen", "Anna Berg": a given name, then surnames by the name lists, is the contract's party; a product's
     * name is made of common words ("Fjärrvärme Bas", "Toistaiseksi voimassa oleva Tuuli").
     */
    private static boolean isGivenNameAndSurname(NameLexicon.Word[] words, int first, int last) {
        if (last == first || words[first] == null || !words[first].is(NameLexicon.Word.FIRST)) {
            return false;
        }
        for (int k = first + 1; k <= last; k++) {
            if (words[k] == null || !words[k].is(NameLexicon.Word.LAST)) {
                return false;
            }
        }
        return true;
    }

    /** The last of the capitalised words spaced from {@code first} on, up to {@code last}. */
    private static int capitalisedRunEnd(String text, Tokens tokens, int first, int last) {
        int end = first;
        while (end < last && opensWithCapital(text, tokens, end + 1)) {
            end++;
        }
        return end;
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
