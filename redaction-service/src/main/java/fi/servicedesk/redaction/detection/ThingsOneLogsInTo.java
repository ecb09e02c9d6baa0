package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * "locked out of Morgan Stanley", "needs access to Apache Kafka", "log in to Jenkins", "kirjautumaan koulun
 * Chromebookille": one logs in to, is
 * locked out of and asks for access to a system, never a person. The capitalised words after such a phrase
 * are the system's name. Not after "grant/give/provide access to", whose "to" may hand the access to a person
 * ("Grant access to Jarmo Hirvonen"). One restarts, reboots, reinstalls, redeploys and uninstalls a system too
 * ("Bud restarted Alfred"). Finnish and Swedish ask for access to a system so too ("pääsy Workday: poistetaan",
 * "åtkomst till Heeros"). A possessive after the words makes them the owner's ("restarted Jarmo's laptop", "pääsy
 * Matin kansioon").
 */
final class ThingsOneLogsInTo {

    /** Phrases before a system's name, word by word in lower case. */
    private static final String[][] PHRASES = {{"locked", "out", "of"}, {"log", "in", "to"}, {"logged", "in", "to"},
            {"log", "into"}, {"sign", "in", "to"}, {"signed", "in", "to"}, {"access", "to"},
            // Finnish and Swedish access to a system: "pääsy Workday: poistetaan", "åtkomst till Heeros"
            {"pääsy"}, {"åtkomst", "till"},
            // one restarts, reboots, reinstalls and redeploys a system, never a person
            {"restarted"}, {"restart"}, {"rebooted"}, {"reboot"}, {"reinstalled"}, {"reinstall"}, {"redeployed"},
            {"redeploy"}, {"uninstalled"}, {"uninstall"}};
    /** Verbs that hand access to someone: "access to" after one may name the person. */
    private static final WordSet GIVING = WordSet.of(Set.of("grant", "granted", "granting", "give", "given", "giving", "gave",
            "provide", "provided", "providing", "assign", "assigned"));
    private static final int LONGEST_NAME = 3;

    private ThingsOneLogsInTo() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        int n = tokens.size();
        for (int t = 1; t < n; t++) {
            // Only the run from t loses marks: without one there, the phrases are not read.
            if (tokens.isCapitalised(t) && PersonNameDetector.anyMarked(names, t, Math.min(n, t + LONGEST_NAME))
                    && (followsPhrase(text, tokens, t) || afterFinnishLogIn(text, tokens, t))) {
                int end = t;
                while (end + 1 < tokens.size() && end + 1 - t < LONGEST_NAME && tokens.isCapitalised(end + 1) && tokens.spaced(end, end + 1)) {
                    end++;
                }
                // "restarted Jarmo's laptop", "access to Jarmo Hirvonen's mailbox", "pääsy Matin kansioon": the owner is a person.
                if (isPossessive(text, tokens.end(end)) || isFinnishGenitive(text, tokens, end)) {
                    continue;
                }
                for (int k = t; k <= end; k++) {
                    names[k] = false;
                }
            }
        }
    }

    /** A possessive and what it owns in lower case ("Jarmo's laptop"; a firm's name ends with its own: "Jack Daniel's."). */
    private static boolean isPossessive(String text, int end) {
        return end + 3 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’') && text.charAt(end + 1) == 's'
                && text.charAt(end + 2) == ' ' && Character.isLowerCase(text.charAt(end + 3));
    }

    /** A word in "n" before one in lower case, a Finnish genitive and what it owns ("pääsy Matin kansioon"). */
    private static boolean isFinnishGenitive(String text, Tokens tokens, int end) {
        return text.charAt(tokens.end(end) - 1) == 'n' && end + 1 < tokens.size() && tokens.spaced(end, end + 1)
                && tokens.isLowerCase(end + 1);
    }

    /**
     * "kirjautumaan koulun Chromebookille", "kirjaudu Moodleen": a form of "kirjautua" (to log in), over a genitive
     * in lower case, before a word in the allative, adessive or illative, where one logs in.
     */
    private static boolean afterFinnishLogIn(String text, Tokens tokens, int t) {
        if (!isWhereOneLogsIn(text, tokens.start(t), tokens.end(t))) {
            return false;
        }
        int verb = t - 1;
        if (verb > 0 && tokens.isLowerCase(verb) && text.charAt(tokens.end(verb) - 1) == 'n' && tokens.spaced(verb, t)) {
            verb--;
        }
        return tokens.isLowerCase(verb) && tokens.spaced(verb, verb + 1) && text.startsWith("kirjau", tokens.start(verb));
    }

    private static boolean isWhereOneLogsIn(String text, int start, int end) {
        return text.startsWith("lle", end - 3) || text.startsWith("lla", end - 3) || text.startsWith("llä", end - 3)
                || NameWords.illativeEndingLength(text, start, end) > 0;
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
