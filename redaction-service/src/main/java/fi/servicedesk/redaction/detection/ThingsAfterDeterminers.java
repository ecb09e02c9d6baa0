package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * "the Viking Grace", "my Jenkins thing", "our Morgan Stanley account": English sets an article or a
 * possessive determiner before the name of a thing, a firm or a place, not before a person's ("the
 * Jarmo Hirvonen" is no English). The capitalised words right after one are no one's name. Not "his"
 * or "her", which are also objects ("tell her Jarmo called"), nor "this" or "that", which open clauses.
 * Speech does put one before a person ("our Matti Virtanen called", "my Anna said"): a run that opens with
 * a given name and is followed by a verb that reports what a person said or did stays a person's; "our
 * Jenkins needs sign-off" and "the Viking Grace called at Turku" (no given name first) stay things. An adjective of
 * things between the determiner and the name, with a common noun after the name, makes a thing of it too ("a new
 * Hoover vacuum", "the old Morse key"); English sets no such adjective before a person's name with a noun after it. The
 * determiner governs a job title up to its head, not the name after it: "the Financial Controller Aino Virta needs …"
 * names the post and then its holder.
 */
final class ThingsAfterDeterminers {

    private static final WordSet DETERMINERS = WordSet.of(Set.of("the", "a", "an", "my", "our", "your", "their", "its"));
    private static final int LONGEST_DETERMINER = 5;
    /** The longest run of capitalised words one determiner governs ("the Queen Mary Two"). */
    private static final int LONGEST_NAME = 3;
    /** Adjectives that say what state or use a thing is in: "a new … display", "the spare … charger". */
    private static final WordSet ADJECTIVES_OF_THINGS = WordSet.of(Set.of("new", "old", "spare", "broken", "faulty",
            "second", "main", "shared", "backup", "external", "replacement", "loaner", "portable", "wireless"));

    private ThingsAfterDeterminers() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 1; t < n; t++) {
            // Only the run from t loses marks: without one there, the determiner is not read.
            if (!PersonNameDetector.anyMarked(names, t, Math.min(n, t + LONGEST_NAME))) {
                continue;
            }
            if (tokens.isCapitalised(t) && tokens.spaced(t - 1, t) && isDeterminer(text, tokens, t - 1)) {
                int end = t + 1;
                while (end < tokens.size() && end - t < LONGEST_NAME && tokens.isCapitalised(end) && tokens.spaced(end - 1, end)
                        && !JobTitles.isHead(text, tokens, words, end - 1)) {
                    end++;
                }
                if (!isPersonReported(text, tokens, words, t, end)) {
                    for (int k = t; k < end; k++) {
                        names[k] = false;
                    }
                }
            } else if (names[t] && tokens.isCapitalised(t) && t > 1 && isAdjectiveOfThings(text, tokens, t - 1)
                    && tokens.spaced(t - 2, t - 1) && isDeterminer(text, tokens, t - 2) && isBeforeCommonNoun(text, tokens, t)) {
                names[t] = false;
            }
        }
    }

    private static boolean isAdjectiveOfThings(String text, Tokens tokens, int t) {
        return tokens.isLowerCase(t) && tokens.spaced(t, t + 1) && ADJECTIVES_OF_THINGS.contains(text, tokens.start(t), tokens.end(t));
    }

    /** A common noun in lower case right after the word: "Braille display". */
    private static boolean isBeforeCommonNoun(String text, Tokens tokens, int t) {
        return t + 1 < tokens.size() && tokens.spaced(t, t + 1) && tokens.isLowerCase(t + 1)
                && EnglishNouns.contains(text, tokens.start(t + 1), tokens.end(t + 1));
    }

    /** The run {@code [t, end)} opens with a given name and a reporting verb follows it: "our Matti Virtanen called". */
    private static boolean isPersonReported(String text, Tokens tokens, NameLexicon.Word[] words, int t, int end) {
        return end < tokens.size() && words[t] != null && words[t].is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST)
                && tokens.spaced(end - 1, end) && NamesBeforeReportingVerbs.isReportingVerb(text, tokens, end);
    }

    /** A determiner in lower case or capitalised ("The"); a capital "A" alone may be an initial ("A Nakamura"). */
    private static boolean isDeterminer(String text, Tokens tokens, int t) {
        return tokens.length(t) <= LONGEST_DETERMINER && (tokens.isLowerCase(t) || tokens.isCapitalised(t))
                && DETERMINERS.contains(text, tokens.start(t), tokens.end(t));
    }
}
