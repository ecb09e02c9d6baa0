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
                    boolean byDot = separator.equals(DOT);
                    unmarkRun(text, tokens, words, names, line, first, byDot);
                    unmarkRun(text, tokens, words, names, caseWord, Characters.indexOf(text, ' ', caseWord, end), byDot);
                }
            }
            for (var separator : SEPARATORS_AFTER_TIME) {
                int last = Characters.lastIndexOf(text, separator, line, end);
                if (last > line && afterTime(text, line, last)) {
                    unmarkRun(text, tokens, words, names, last + separator.length(), lineEndWithoutSpaces(text, end),
                            separator.equals(DOT));
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
     * ("--\nPäivitetty 12.9.2027 23:20, Korhonen"; "Provet Cloud" stays the system's); only the middle dot is the case
     * systems' own.
     */
    private static void unmarkRun(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int from, int to,
            boolean byDot) {
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
                    || !byDot && t == last && words[k] != null && NameWords.isAnyName(words[k])) {
                return;
            }
        }
        for (int k = t; k <= last; k++) {
            names[k] = false;
        }
    }
}
