package fi.servicedesk.redaction.detection;

/**
 * Swedish "i" (in) places what follows: a town, a room or a system ("Kontoret ligger i Kristianstad", "mötet i
 * Strindbergssalen", "Gallring i Heeros stoppad"), where a person does not stand. The capitalised words after it (up to
 * three) are that place's or system's name, unless a genitive owns what follows them ("Den står i Qamars rum": the
 * person's room). Only after a word in lower case: in Polish and Croatian "i" is "and" between two names ("Jan i Anna"),
 * and a Swedish sentence puts a verb or a noun before it.
 */
final class ThingsOneIsIn {

    private static final int LONGEST_NAME = 3;

    private ThingsOneIsIn() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 2; t < tokens.size(); t++) {
            if (!names[t] || !tokens.isCapitalised(t) || !tokens.is(t - 1, "i") || text.charAt(tokens.start(t - 1)) != 'i'
                    || !tokens.spaced(t - 1, t) || !tokens.spaced(t - 2, t - 1) || !tokens.isLowerCase(t - 2)) {
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

    /** "i Qamars rum": a Swedish genitive in "s" before a word in lower case. */
    private static boolean ownsWhatFollows(String text, Tokens tokens, int end) {
        return text.charAt(tokens.end(end) - 1) == 's' && end + 1 < tokens.size() && tokens.spaced(end, end + 1)
                && tokens.isLowerCase(end + 1);
    }
}
