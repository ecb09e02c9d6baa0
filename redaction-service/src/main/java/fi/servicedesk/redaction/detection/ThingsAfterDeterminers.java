package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * "the Viking Grace", "my Jenkins thing", "our Morgan Stanley account": English sets an article or a
 * possessive determiner before the name of a thing, a firm or a place, not before a person's ("the
 * Jarmo Hirvonen" is no English). The capitalised words right after one are no one's name. Not "his"
 * or "her", which are also objects ("tell her Jarmo called"), nor "this" or "that", which open clauses.
 */
final class ThingsAfterDeterminers {

    private static final WordSet DETERMINERS = WordSet.of(Set.of("the", "a", "an", "my", "our", "your", "their", "its"));
    private static final int LONGEST_DETERMINER = 5;
    /** The longest run of capitalised words one determiner governs ("the Queen Mary Two"). */
    private static final int LONGEST_NAME = 3;

    private ThingsAfterDeterminers() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 1; t < tokens.size(); t++) {
            if (tokens.isCapitalised(t) && tokens.spaced(t - 1, t) && isDeterminer(text, tokens, t - 1)) {
                for (int k = t; k < tokens.size() && k - t < LONGEST_NAME && tokens.isCapitalised(k)
                        && (k == t || tokens.spaced(k - 1, k)); k++) {
                    names[k] = false;
                }
            }
        }
    }

    /** A determiner in lower case or capitalised ("The"); a capital "A" alone may be an initial ("A Nakamura"). */
    private static boolean isDeterminer(String text, Tokens tokens, int t) {
        return tokens.length(t) <= LONGEST_DETERMINER && (tokens.isLowerCase(t) || tokens.isCapitalised(t))
                && DETERMINERS.contains(text, tokens.start(t), tokens.end(t));
    }
}
