package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * "locked out of Morgan Stanley", "needs access to Apache Kafka", "log in to Jenkins": one logs in to, is
 * locked out of and asks for access to a system, never a person. The capitalised words after such a phrase
 * are the system's name. Not after "grant/give/provide access to", whose "to" may hand the access to a person
 * ("Grant access to Jarmo Hirvonen").
 */
final class ThingsOneLogsInTo {

    /** Phrases before a system's name, word by word in lower case. */
    private static final String[][] PHRASES = {{"locked", "out", "of"}, {"log", "in", "to"}, {"logged", "in", "to"},
            {"log", "into"}, {"sign", "in", "to"}, {"signed", "in", "to"}, {"access", "to"}};
    /** Verbs that hand access to someone: "access to" after one may name the person. */
    private static final WordSet GIVING = WordSet.of(Set.of("grant", "granted", "granting", "give", "given", "giving", "gave",
            "provide", "provided", "providing", "assign", "assigned"));
    private static final int LONGEST_NAME = 3;

    private ThingsOneLogsInTo() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 1; t < tokens.size(); t++) {
            if (tokens.isCapitalised(t) && followsPhrase(text, tokens, t)) {
                for (int k = t; k < tokens.size() && k - t < LONGEST_NAME && tokens.isCapitalised(k) && (k == t || tokens.spaced(k - 1, k)); k++) {
                    names[k] = false;
                }
            }
        }
    }

    private static boolean followsPhrase(String text, Tokens tokens, int t) {
        for (var phrase : PHRASES) {
            int first = t - phrase.length;
            if (first >= 0 && isPhraseAt(tokens, phrase, first, t)) {
                return !phrase[0].equals("access") || !givenBefore(text, tokens, first);
            }
        }
        return false;
    }

    private static boolean isPhraseAt(Tokens tokens, String[] phrase, int first, int t) {
        for (int k = 0; k < phrase.length; k++) {
            if (!tokens.is(first + k, phrase[k]) || !tokens.spaced(first + k, first + k + 1)) {
                return false;
            }
        }
        return true;
    }

    /** A giving verb one or two words before "access" ("grant access", "give Jarmo access"). */
    private static boolean givenBefore(String text, Tokens tokens, int access) {
        for (int k = access - 1; k >= 0 && k >= access - 2; k--) {
            if (GIVING.contains(text, tokens.start(k), tokens.end(k))) {
                return true;
            }
        }
        return false;
    }
}
