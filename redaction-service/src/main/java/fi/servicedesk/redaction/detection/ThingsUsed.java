package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * "Pen-testers used Frida on the app", "The build uses Haskell Stack", "Anna can't open Sisu": what one uses,
 * installs, runs or opens is a tool, a program or a system, however much its name looks like a person's. English puts a
 * person after these verbs only as the owner of the thing ("used Anna's laptop", "accessing Anna Virtanen mailbox"), so
 * the capitalised words right after them (up to two) lose their marks unless the last is in the possessive or a noun
 * follows it.
 */
final class ThingsUsed {

    /**
     * English verbs whose object is a tool, a program or a system, in the forms a message uses; not the forms that are
     * nouns too, after which a relative clause may open with a person ("The run Anna started fell over", "the access
     * Anna asked for").
     */
    private static final WordSet VERBS = WordSet.of(Set.of("uses", "used", "using", "installs", "installed", "installing",
            "reinstalled", "reinstalling", "uninstalled", "uninstalling", "runs", "ran", "running", "open", "opens",
            "opened", "opening", "launches", "launched", "restarted", "accessing"));
    private static final int LONGEST_NAME = 2;

    private ThingsUsed() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 1; t < tokens.size(); t++) {
            if (!names[t] || !tokens.isCapitalised(t) || !tokens.spaced(t - 1, t) || !tokens.isLowerCase(t - 1)
                    || !VERBS.contains(text, tokens.start(t - 1), tokens.end(t - 1))) {
                continue;
            }
            t = unmarkUnlessOwner(text, tokens, names, t, LONGEST_NAME);
        }
    }

    /**
     * Takes the marks off the run of up to {@code longest} spaced capitalised words from {@code first}, unless it names
     * the thing's owner: its last word is in the possessive ("Anna Berg's laptop") or an English noun in lower case
     * follows it, whose owner the run is without the possessive ("Anna Virtanen mailbox"); returns the run's last token.
     */
    static int unmarkUnlessOwner(String text, Tokens tokens, boolean[] names, int first, int longest) {
        int end = first;
        while (end + 1 < tokens.size() && end + 1 - first < longest && tokens.isCapitalised(end + 1) && tokens.spaced(end, end + 1)) {
            end++;
        }
        int after = tokens.end(end);
        boolean possessive = after < text.length() && (text.charAt(after) == '\'' || text.charAt(after) == '’');
        if (!possessive && !nounFollows(text, tokens, end)) {
            for (int k = first; k <= end; k++) {
                names[k] = false;
            }
        }
        return end;
    }

    /** "Anna Virtanen mailbox": a spaced English noun in lower case right after the word at {@code t}. */
    private static boolean nounFollows(String text, Tokens tokens, int t) {
        return t + 1 < tokens.size() && tokens.spaced(t, t + 1) && tokens.isLowerCase(t + 1)
                && EnglishNouns.contains(text, tokens.start(t + 1), tokens.end(t + 1));
    }
}
