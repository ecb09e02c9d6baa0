package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Swedish "i" (in) places what follows: a town, a room or a system ("Kontoret ligger i Kristianstad", "mötet i
 * Strindbergssalen", "Gallring i Heeros stoppad"), where a person does not stand. The capitalised words after it (up to
 * three) are that place's or system's name, unless a genitive owns what follows them ("Den står i Qamars rum": the
 * person's room). Only after a word in lower case: in Polish and Croatian "i" is "and" between two names ("Jan i Anna"),
 * and a Swedish sentence puts a verb or a noun before it. Swedish "på" (at, on) does the same after a verb of working,
 * staying or being left ("arbetar på Karolinska Huddinge", "Datorn glömdes på Viking Grace"): Swedish puts a person one
 * is with after "hos", never after "på" with these verbs; verbs that take a person after "på" ("väntar på", "hälsar
 * på", "litar på") are not among them.
 */
final class ThingsOneIsIn {

    private static final int LONGEST_NAME = 3;
    /** Verbs of working, staying, lying and being left somewhere, which "på" and a place follow. */
    private static final WordSet VERBS_OF_PLACE = WordSet.of(Set.of("arbetar", "arbetade", "arbeta", "jobbar", "jobbade",
            "jobba", "var", "är", "vara", "varit", "glömdes", "glömts", "glömd", "ligger", "låg", "finns", "fanns",
            "praktiserar", "studerar", "studerade", "anställd", "inlagd", "vårdas", "kvar"));

    private ThingsOneIsIn() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 2; t < tokens.size(); t++) {
            if (!names[t] || !tokens.isCapitalised(t) || !tokens.spaced(t - 1, t) || !tokens.spaced(t - 2, t - 1)
                    || !tokens.isLowerCase(t - 2) || !(isIn(text, tokens, t - 1) || isAtAfterVerbOfPlace(text, tokens, t - 1))) {
                continue;
            }
            int end = t;
            while (end + 1 < tokens.size() && end + 1 - t < LONGEST_NAME && tokens.isCapitalised(end + 1) && tokens.spaced(end, end + 1)) {
                end++;
            }
            if (!ownsWhatFollows(text, tokens, end)) {
                for (int k = t; k <= end; k++) {
                    names[k] = false;
                }
            }
            t = end;
        }
    }

    private static boolean isIn(String text, Tokens tokens, int t) {
        return tokens.is(t, "i") && text.charAt(tokens.start(t)) == 'i';
    }

    /** "arbetar på", "glömdes på": "på" after a verb of working, staying or being left. */
    private static boolean isAtAfterVerbOfPlace(String text, Tokens tokens, int t) {
        return tokens.is(t, "på") && VERBS_OF_PLACE.contains(text, tokens.start(t - 1), tokens.end(t - 1));
    }

    /** "i Qamars rum": a Swedish genitive in "s" before a word in lower case. */
    private static boolean ownsWhatFollows(String text, Tokens tokens, int end) {
        return text.charAt(tokens.end(end) - 1) == 's' && end + 1 < tokens.size() && tokens.spaced(end, end + 1)
                && tokens.isLowerCase(end + 1);
    }
}
