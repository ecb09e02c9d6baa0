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
 * <p>
 * English "in" after an English word places what follows the same way ("no payslip in Personec", "Payslip missing in
 * Hellewi"), but for the verbs that bring a person in ({@link #BRINGING_IN}: "looping in Pat Adeyemi", "who brought in
 * Akosua Asante") and a person's genitive ("is in Meiju's name"). Swedish writes "in" as a particle after its own
 * verbs ("kalla in Anna"), which are no English words. A word of the place that names a person marked elsewhere in
 * the message keeps its mark ("Washington says … the office in Washington DC").
 */
final class ThingsOneIsIn {

    private static final int LONGEST_NAME = 3;
    /** Verbs of working, staying, lying and being left somewhere, which "på" and a place follow. */
    private static final WordSet VERBS_OF_PLACE = WordSet.of(Set.of("arbetar", "arbetade", "arbeta", "jobbar", "jobbade",
            "jobba", "var", "är", "vara", "varit", "glömdes", "glömts", "glömd", "ligger", "låg", "finns", "fanns",
            "praktiserar", "studerar", "studerade", "anställd", "inlagd", "vårdas", "kvar"));
    /** English verbs whose particle "in" takes a person: to bring into a thread, a room or a form. */
    private static final WordSet BRINGING_IN = WordSet.of(Set.of("loop", "loops", "looping", "looped", "bring", "brings",
            "bringing", "brought", "let", "lets", "letting", "call", "calls", "calling", "called", "fill", "fills", "filling",
            "filled", "rope", "roped", "roping", "pull", "pulled", "pulling", "sub", "subbed", "subbing", "cc", "copy",
            "copied", "copying", "add", "added", "adding", "include", "included", "including", "put", "putting", "send",
            "sent", "sending", "sign", "signed", "signing", "check", "checked", "checking", "book", "booked", "booking",
            "swear", "swore", "sworn", "believe", "believes", "trust", "trusts", "interested", "confide", "confided"));

    private ThingsOneIsIn() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 2; t < tokens.size(); t++) {
            if (!names[t] || !tokens.isCapitalised(t) || !tokens.spaced(t - 1, t) || !tokens.spaced(t - 2, t - 1)
                    || !tokens.isLowerCase(t - 2) || !(isIn(text, tokens, t - 1) || isAtAfterVerbOfPlace(text, tokens, t - 1)
                    || isInInLowerCase(text, tokens, t - 1) && isEnglishWordPlacing(text, tokens, t - 2))) {
                continue;
            }
            int end = t;
            while (end + 1 < tokens.size() && end + 1 - t < LONGEST_NAME && tokens.isCapitalised(end + 1) && tokens.spaced(end, end + 1)) {
                end++;
            }
            if (!ownsWhatFollows(text, tokens, end) && !(isInInLowerCase(text, tokens, t - 1) && namesAPerson(text, tokens, names, t, end))) {
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

    /** English "in" as a preposition, in lower case: "In Review" is a state's name. */
    private static boolean isInInLowerCase(String text, Tokens tokens, int t) {
        return tokens.is(t, "in") && text.charAt(tokens.start(t)) == 'i';
    }

    /** "arbetar på", "glömdes på": "på" after a verb of working, staying or being left. */
    private static boolean isAtAfterVerbOfPlace(String text, Tokens tokens, int t) {
        return tokens.is(t, "på") && VERBS_OF_PLACE.contains(text, tokens.start(t - 1), tokens.end(t - 1));
    }

    /** "i Qamars rum", "in Meiju's name": a genitive in "s" or "'s" before a word in lower case. */
    private static boolean ownsWhatFollows(String text, Tokens tokens, int end) {
        int after = tokens.end(end);
        if (after + 1 < text.length() && (text.charAt(after) == '\'' || text.charAt(after) == '’') && text.charAt(after + 1) == 's') {
            return true;
        }
        return text.charAt(after - 1) == 's' && end + 1 < tokens.size() && tokens.spaced(end, end + 1)
                && tokens.isLowerCase(end + 1);
    }

    /**
     * "Washington says the VPN is down … the office in Washington DC": a word of the place that is also a person's name
     * marked elsewhere in the message keeps its mark, as in clear it would give the person's name away.
     */
    private static boolean namesAPerson(String text, Tokens tokens, boolean[] names, int from, int to) {
        for (int k = from; k <= to; k++) {
            for (int u = 0; u < tokens.size(); u++) {
                if (names[u] && (u < from || u > to) && tokens.length(u) == tokens.length(k)
                        && text.regionMatches(true, tokens.start(u), text, tokens.start(k), tokens.length(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isEnglishWordPlacing(String text, Tokens tokens, int t) {
        return EnglishWords.contains(text, tokens.start(t), tokens.end(t)) && !BRINGING_IN.contains(text, tokens.start(t), tokens.end(t));
    }
}
