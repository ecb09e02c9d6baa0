package fi.servicedesk.redaction.detection;

/**
 * "Marjut Kivelä  9.14" or "Rose Baker  9:14 AM" on a line of its own, a post below it: a Slack or Teams
 * conversation copied as text names who wrote each post on the line above it, the time after the name.
 * One to {@value #HEADER_WORDS} words open the line, each a word that can be a name and none a common
 * English noun unless it is a name too ("Meeting Room 10:00" is no header), one of them a name reading
 * or the header two words long or more.
 */
final class ChatExportHeaders {

    private static final int HEADER_WORDS = 3;

    private ChatExportHeaders() {
    }

    /** A header needs a line below it: a message without a line break has none. */
    static boolean mayHoldHeaders(Text message) {
        return message.has('\n');
    }

    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t < n; t++) {
            // Most words open no line: that test first.
            if (!opensLine(text, tokens.start(t)) || !tokens.isCapitalised(t)) {
                continue;
            }
            int last = t;
            while (last + 1 < n && last - t + 1 < HEADER_WORDS && tokens.spaced(last, last + 1)) {
                last++;
            }
            // The header's words end where the time begins: the last word that the time follows on the line.
            while (last >= t && !timeEndsLine(text, tokens.end(last))) {
                last--;
            }
            if (last < t) {
                continue;
            }
            boolean people = true;
            boolean nameReading = last > t;
            for (int k = t; k <= last; k++) {
                var w = words[k];
                boolean name = w != null && NameWords.isAnyName(w);
                people &= SurnameParticles.isParticle(text, tokens, k) || NameWords.canBeSurname(text, tokens, w, k)
                        && (name || !EnglishNouns.contains(text, tokens.start(k), tokens.end(k)));
                nameReading |= name;
            }
            if (people && nameReading) {
                for (int k = t; k <= last; k++) {
                    names[k] |= !SurnameParticles.isParticle(text, tokens, k);
                }
            }
            t = last;
        }
    }

    /** The text's start or a line break before {@code start}, only spaces between. */
    private static boolean opensLine(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    /**
     * Spaces after {@code from}, then a time ("9.14", "09:14", "9:14 AM", "9:14 PM") and the line's end,
     * with a line below it.
     */
    private static boolean timeEndsLine(String text, int from) {
        int i = from;
        int length = text.length();
        if (i >= length || text.charAt(i) != ' ') {
            return false;
        }
        while (i < length && text.charAt(i) == ' ') {
            i++;
        }
        int hours = 0;
        while (i < length && Scan.isDigit(text.charAt(i)) && hours < 3) {
            i++;
            hours++;
        }
        if (hours == 0 || hours > 2 || i + 3 > length || text.charAt(i) != '.' && text.charAt(i) != ':'
                || !Scan.isDigit(text.charAt(i + 1)) || !Scan.isDigit(text.charAt(i + 2))) {
            return false;
        }
        i += 3;
        if (i + 3 <= length && text.charAt(i) == ' ' && (text.charAt(i + 1) == 'A' || text.charAt(i + 1) == 'P')
                && text.charAt(i + 2) == 'M') {
            i += 3;
        }
        while (i < length && (text.charAt(i) == ' ' || text.charAt(i) == '\r')) {
            i++;
        }
        return i < length && text.charAt(i) == '\n';
    }
}
