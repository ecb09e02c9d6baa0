package fi.servicedesk.redaction.detection;

import java.util.regex.Pattern;

/**
 * "--\nFiixit · Tapaus REQ5162901 päivitetty …", "--\nAnimana | Tiketti TUKI-06510 | päivitetty …", "--\nHandled by Ann
 * Lee (annlee) 2027-09-12 23:20:39 · Fiixit", "--\nKäsittelijä T. Suutarinlahti (ts9525) 2026-01-03 04:52:45, Provet
 * Cloud": the line a case system writes under the "--" that opens a message's footer names the system, either before a
 * middle dot or a bar and a case's word and number (Tapaus, Tiketti, Case, Ärende, Ticket: the case's word is no name
 * either) or closing the line after a clock time and a middle dot or a comma. One to three capitalised words there are the system's ("Salesforce Service
 * Cloud"). The handler stands elsewhere on that line (after
 * "Handled by", before the login), and a signature's name stands alone or before its role, never in these two places.
 */
final class CaseSystemFooters {

    private static final String DOT = " · ";
    /** What parts the system's name from the case's word and number after it. */
    private static final String[] SEPARATORS = {DOT, " | "};
    /** What parts the clock time of an update from the system's name closing the line. */
    private static final String[] SEPARATORS_AFTER_TIME = {DOT, ", "};
    /** The words a case system titles a case with in its footer, in Finnish, English and Swedish, and a space after. */
    private static final String[] CASE_WORDS = {"tapaus ", "tiketti ", "case ", "ärende ", "ticket ", "incident ",
            "request "};
    private static final int LONGEST_NAME = 3;
    /** The clock time a case system stamps an update with ("23:20", "23:20:39"); a phone's digits are no time. */
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2})?");

    private CaseSystemFooters() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int line = 0; line < text.length(); line = Characters.nextLineStart(text, line)) {
            int end = Characters.lineEnd(text, line);
            if (!afterFooterSeparator(text, line)) {
                continue;
            }
            for (var separator : SEPARATORS) {
                int first = Characters.indexOf(text, separator, line, end);
                int caseWord = first + separator.length();
                if (first >= 0 && beforeCaseNumber(text, caseWord, end)) {
                    boolean systemsOwn = separator.equals(DOT) || stampedAfterCase(text, caseWord, end, separator);
                    unmarkRun(text, tokens, words, names, line, first, systemsOwn);
                    unmarkRun(text, tokens, words, names, caseWord, Characters.indexOf(text, ' ', caseWord, end), systemsOwn);
                }
            }
            for (var separator : SEPARATORS_AFTER_TIME) {
                int last = Characters.lastIndexOf(text, separator, line, end);
                if (last > line && afterTime(text, line, last)) {
                    unmarkRun(text, tokens, words, names, last + separator.length(), lineEndWithoutSpaces(text, end),
                            separator.equals(DOT) || loginBefore(text, line, last));
                }
            }
        }
    }

    /** A case's word and a case's number after it ("Case WO1234567"; not "Case Manager"), from {@code at}. */
    private static boolean beforeCaseNumber(String text, int at, int end) {
        if (!Characters.mayStartAnyIgnoringCase(text, at, CASE_WORDS)) {
            return false;
        }
        int number = text.indexOf(' ', at) + 1;
        for (int i = number; i < end && text.charAt(i) != ' '; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The line right after a line of "--" (with or without the space a mail signature's separator has). */
    private static boolean afterFooterSeparator(String text, int line) {
        if (line < 3) {
            return false;
        }
        String previous = text.substring(Characters.lineStart(text, line - 1), line - 1).strip();
        return previous.equals("--");
    }

    private static boolean afterTime(String text, int line, int dot) {
        int start = Math.max(line, text.lastIndexOf(' ', dot - 1) + 1);
        return TIME.matcher(text).region(start, dot).matches();
    }

    /**
     * "Animana | Tiketti TUKI-06510 | päivitetty 2026-03-21 19:16:34": after the case's number the line goes on, past
     * the same separator, to the clock time of the case's last update. A person signing beside a case's number does not
     * stamp it so; this whole line is the system's, and so is its first part, even a word the name lists hold ("Aurora").
     */
    private static boolean stampedAfterCase(String text, int caseWord, int end, String separator) {
        int next = Characters.indexOf(text, separator, caseWord, end);
        int close = lineEndWithoutSpaces(text, end);
        return next > 0 && afterTime(text, next, close);
    }

    /**
     * "Käsittelijä T. Suutarinlahti (ts9525) 2026-01-03 04:52:45, Aurora": a login in parentheses after a capitalised
     * word that does not open the line (the handler's surname, not the line's "Päivitetty (ma)") says the line has
     * named its handler already; what closes the line after the clock time is the system the handler worked in, even
     * a word the name lists hold.
     */
    private static boolean loginBefore(String text, int line, int time) {
        int close = Characters.lastIndexOf(text, ')', line, time);
        int open = close < 0 ? -1 : Characters.lastIndexOf(text, '(', line, close);
        if (open < line + 2 || close - open < 2 || text.charAt(open - 1) != ' ') {
            return false;
        }
        for (int i = open + 1; i < close; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        int surname = Characters.lastIndexOf(text, ' ', line, open - 1) + 1;
        return surname > line && Character.isUpperCase(text.charAt(surname));
    }

    private static int lineEndWithoutSpaces(String text, int end) {
        int i = end;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * The words filling {@code [from, to)} exactly, when they are one to three capitalised words parted by spaces and
     * no given name before another name by the lexicon (a surname or, as the lists read "Lee", a given name): a person
     * signs or updates there too ("--\nAnna Lee · Ticket 4411", "--\nPäivitetty 12.9.2027 23:20 · Anna Virtanen").
     * A comma or a bar parts a person's name as often as a system's, so there a lone word may be no name by the lexicon
     * ("--\nPäivitetty 12.9.2027 23:20, Korhonen"; "Provet Cloud" stays the system's); the middle dot is the case
     * systems' own, and so is a bar's or a comma's line that stamps the case or names its handler ({@code systemsOwn}).
     */
    private static void unmarkRun(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int from, int to,
            boolean systemsOwn) {
        int t = 0;
        while (t < tokens.size() && tokens.start(t) < from) {
            t++;
        }
        if (t == tokens.size() || tokens.start(t) != from) {
            return;
        }
        int last = t;
        while (last + 1 < tokens.size() && tokens.end(last) < to && tokens.spaced(last, last + 1)) {
            last++;
        }
        if (tokens.end(last) != to || last - t + 1 > LONGEST_NAME) {
            return;
        }
        for (int k = t; k <= last; k++) {
            if (!tokens.isCapitalised(k) || k < last && NameWords.isGivenName(words[k]) && words[k + 1] != null && NameWords.isAnyName(words[k + 1])
                    || !systemsOwn && t == last && words[k] != null && NameWords.isAnyName(words[k])) {
                return;
            }
        }
        for (int k = t; k <= last; k++) {
            names[k] = false;
        }
    }
}
