package fi.servicedesk.redaction.detection;

/**
 * Where a pair of given names stands alone for one person, not two people nor a given name and its surname (R3.2,
 * R8.2): after a kin word ("our son Juhani Matias (5)", "lapsen Juhani Matiaksen", "vår dotter Wanjiku Nyokabi"), after
 * a greeting ("Hei Juhani Matias!", "Hi Wanjiku Nyokabi,"), as a chat's @mention ("@Juhani Matias") and as a chat's
 * speaker opening a line after its time ("14:02 Juhani Matias (Patient Services): …"). A writer who names two people
 * parts them ("Anna, Pekka", "Anna ja Pekka"), so two names one space apart in these places are one person's.
 */
final class PairsOfOnePerson {

    private PairsOfOnePerson() {
    }

    /** The pair at {@code t} and {@code t + 1} stands where one person is named. */
    static boolean standsForOnePerson(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int start = tokens.start(t);
        if (start > 0 && text.charAt(start - 1) == '@') {
            return true;
        }
        if (t > 0 && tokens.spaced(t - 1, t)) {
            var w = words[t - 1];
            if (w != null && w.ordinaryBase() != null && KinWordsBeforeNames.isKin(w.ordinaryBase())
                    || PetNames.isPersonWord(text, tokens.start(t - 1), tokens.end(t - 1))
                    || NamesAfterCues.isSalutation(text, tokens.start(t - 1), tokens.end(t - 1)) && opensSentence(text, tokens.start(t - 1))) {
                return true;
            }
        }
        return isSpeaker(text, start, tokens.end(t + 1));
    }

    /** The word at {@code at} opens its line or follows a colon or a sentence's end ("→ 0401234567: Hei …"). */
    private static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || "\n:.!?".indexOf(text.charAt(i)) >= 0;
    }

    /** Only spaces, digits and a clock's or date's separators stand before {@code at} on its line. */
    private static boolean opensLine(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != ':' && c != '.' && c != '-' && c != '/' && c != '[' && c != ']' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** The pair opens its line (after a time at most) and a colon follows it, maybe after a role in parentheses. */
    private static boolean isSpeaker(String text, int start, int end) {
        if (!opensLine(text, start) || end >= text.length()) {
            return false;
        }
        if (text.charAt(end) == ':') {
            return true;
        }
        if (!text.startsWith(" (", end)) {
            return false;
        }
        int close = text.indexOf(')', end);
        int line = text.indexOf('\n', end);
        return close > 0 && (line < 0 || close < line) && close + 1 < text.length() && text.charAt(close + 1) == ':';
    }
}
