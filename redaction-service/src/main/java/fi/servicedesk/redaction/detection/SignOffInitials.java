package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Set;

/**
 * Initials a person signs with are that person's name (R3.2): "Hoidan sen huomenna. -TK", "Tack! /JLS", "– AK",
 * "//AK", "t. TK", "Terveisin TK", "BR, MJ", "Cheers\nTK", "--\nTK", also on a quoted mail's lines ("&gt; -TK"). Two
 * to {@value #MOST} capitals, a hyphen between two of them at most ("T-JK"), end a line where a sign-off stands:
 * <ul>
 *   <li>glued to a dash or slash that opens the line or follows a sentence's end ("-TK", "/JLS", "Ok. -TK");</li>
 *   <li>after a closing word that opens the line or the sentence, past its comma ("t. TK", "BR, MJ", "Mvh AL");</li>
 *   <li>alone on the line after a closing line or the signature separator ("Cheers\nTK", "--\nTK").</li>
 * </ul>
 * A spaced dash that opens a line is also a list's bullet ("- QA"), and capitals after a sentence's end are also an
 * acronym ("Done. OK"): there the initials count only when they are those of a name the message writes, given name
 * first or surname first ("Tuula Kivi", "Kivi Tuula" for TK). An acronym a sign-off's place also holds (IT, HR, OK,
 * PS, FYI, ASAP, a title or a reply's prefix) is none, unless it is the initials of such a name ("Olli Koski … -OK").
 */
final class SignOffInitials {

    /** The fewest capitals of a person's initials: one is a list's letter or a grade. */
    private static final int FEWEST = 2;
    /** The most: a double given name and two surnames ("T-JKL" has four letters). */
    private static final int MOST = 4;
    /** Acronyms that end a line where initials could: departments, titles, replies' prefixes, chat's shorthand. */
    static final WordSet ACRONYMS = WordSet.of(Set.of("it", "hr", "ok", "ps", "pps", "nb", "fyi", "asap", "tbd",
            "tba", "eta", "eod", "eob", "ooo", "btw", "imo", "imho", "fwiw", "afaik", "lol", "thx", "ty", "tia", "pto",
            "wfh", "ceo", "cfo", "cto", "cio", "coo", "ciso", "vp", "pm", "am", "qa", "ux", "ui", "sd", "soc", "noc", "hq",
            "eu", "uk", "us", "usa", "re", "fw", "fwd", "vs", "vl", "aw", "wg", "br", "mvh", "na", "oy", "oyj", "ab", "ltd",
            "inc", "plc", "gmbh", "sla", "kpi", "vpn", "dns", "mfa", "sso", "pdf", "usb", "api", "crm", "erp", "gdpr",
            "dpo", "alv", "atk", "id", "pc", "tv", "cc", "bcc"));
    /** The signature separator line of RFC 3676, also typed without its space. */
    private static final String SEPARATOR = "--";

    private SignOffInitials() {
    }

    static void find(String text, List<Finding> findings) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = Characters.lineEnd(text, lineStart);
            int start = initialsEnding(text, lineStart, lineEnd);
            if (start >= 0) {
                int end = trimmedEnd(text, lineStart, lineEnd);
                if (signs(text, contentStart(text, lineStart, lineEnd), lineStart, start, end)
                        && (!ACRONYMS.contains(text, start, end) || namesInitials(text, start, end))) {
                    findings.add(new Finding(EntityType.NAME, start, end, text.substring(start, end)));
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /** Where the initials that end the line begin, or -1: capitals and a hyphen between two, set apart before. */
    private static int initialsEnding(String text, int lineStart, int lineEnd) {
        int end = trimmedEnd(text, lineStart, lineEnd);
        int start = end;
        int letters = 0;
        while (start > lineStart && letters <= MOST) {
            char c = text.charAt(start - 1);
            if (Character.isUpperCase(c)) {
                letters++;
            } else if (c != '-' || start == end || start - 1 == lineStart || !Character.isUpperCase(text.charAt(start - 2))) {
                break;
            }
            start--;
        }
        if (letters < FEWEST || letters > MOST || start > lineStart && Character.isLetterOrDigit(text.charAt(start - 1))) {
            return -1;
        }
        return start;
    }

    /** Whether what stands before the initials on the line, or the line before, makes them a sign-off. */
    private static boolean signs(String text, int content, int lineStart, int start, int end) {
        if (start == content) {
            return lineStart > 0 && closes(text, lineStart - 1) || namesInitials(text, start, end);
        }
        char before = text.charAt(start - 1);
        if (isDash(before) || before == '/') {
            int mark = before == '/' && start - 2 >= content && text.charAt(start - 2) == '/' ? start - 2 : start - 1;
            return endsSentence(text, content, mark) || namesInitials(text, start, end);
        }
        if (before != ' ') {
            return false;
        }
        int word = start - 1;
        while (word > content && " ,".indexOf(text.charAt(word - 1)) >= 0) {
            word--;
        }
        if (word > content && isDash(text.charAt(word - 1))) {
            // A spaced dash that opens a line is a list's bullet too ("- QA").
            int mark = word - 1;
            return mark > content && endsSentence(text, content, mark) || namesInitials(text, start, end);
        }
        return word > content && (closingOpens(text, content, start) || endsSentence(text, content, word) && namesInitials(text, start, end));
    }

    /**
     * A closing ("t.", "Terveisin", "BR,", "Best regards,") stands right before the initials, and opens the line or
     * follows a sentence's end: {@link NameLayout#closesMessage} reads the words from there.
     */
    private static boolean closingOpens(String text, int content, int start) {
        int from = start;
        while (from > content && " ,.".indexOf(text.charAt(from - 1)) >= 0) {
            from--;
        }
        while (from > content && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        while (from > content && !endsSentence(text, content, from)) {
            from--;
        }
        return NameLayout.closesMessage(text, from, start);
    }

    /** A sentence's end, or nothing, stands before {@code i}, past spaces. */
    private static boolean endsSentence(String text, int content, int i) {
        int j = i;
        while (j > content && text.charAt(j - 1) == ' ') {
            j--;
        }
        return j == content || ".!?".indexOf(text.charAt(j - 1)) >= 0;
    }

    /** The line before, which ends at {@code previousEnd}, closes the message ("Cheers", "Terveisin") or is "--". */
    private static boolean closes(String text, int previousEnd) {
        int end = previousEnd;
        int start = Characters.lineStart(text, end);
        int content = contentStart(text, start, end);
        int trimmed = trimmedEnd(text, content, end);
        return trimmed - content == SEPARATOR.length() && text.startsWith(SEPARATOR, content)
                || trimmed > content && NameLayout.closesMessage(text, content, trimmed);
    }

    /**
     * The initials are those of a name the message writes: capitalised words side by side, parted by a space or a
     * hyphen, whose first letters are the initials, given name first or surname first.
     */
    static boolean namesInitials(String text, int start, int end) {
        var letters = new StringBuilder(MOST);
        for (int i = start; i < end; i++) {
            if (text.charAt(i) != '-') {
                letters.append(text.charAt(i));
            }
        }
        var surnameFirst = letters.charAt(letters.length() - 1) + letters.substring(0, letters.length() - 1);
        for (int i = 0; i < text.length() - 1; i++) {
            if (opensName(text, i) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                    && (namesFrom(text, i, letters) || namesFrom(text, i, surnameFirst))) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised words from {@code i} whose first letters are {@code letters}, one space or hyphen between two. */
    private static boolean namesFrom(String text, int i, CharSequence letters) {
        int at = i;
        for (int k = 0; k < letters.length(); k++) {
            if (at >= text.length() - 1 || text.charAt(at) != letters.charAt(k) || !opensName(text, at)) {
                return false;
            }
            if (k + 1 < letters.length()) {
                while (at < text.length() && Character.isLetter(text.charAt(at))) {
                    at++;
                }
                if (at >= text.length() || text.charAt(at) != ' ' && text.charAt(at) != '-') {
                    return false;
                }
                at++;
            }
        }
        return true;
    }

    /** A capital and a small letter: a name's first letters. */
    private static boolean opensName(String text, int i) {
        return Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i + 1));
    }

    /** Past a quoted mail's prefix ("&gt; ", "&gt;&gt; ", "&gt; &gt; "): where the line's own words begin. */
    private static int contentStart(String text, int lineStart, int lineEnd) {
        int i = lineStart;
        while (i < lineEnd && (text.charAt(i) == '>' || text.charAt(i) == ' ')) {
            i++;
        }
        return i;
    }

    /** The line's end without the spaces, tabs and carriage return after its last word. */
    private static int trimmedEnd(String text, int lineStart, int lineEnd) {
        int end = lineEnd;
        while (end > lineStart && " \t\r".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }
}
