package fi.servicedesk.redaction.detection;

/**
 * Where a message's text is a link or a query string, read from the run of characters around a place up to the
 * nearest space, quote or angle bracket: a link ({@code https://…}, {@code mailto:}, {@code tel:}), a query after '?'
 * or a form's {@code key=value&key=value}. There a {@code %XX} escape of any character is one (a %27 in prose is
 * not), and in a query that holds escapes, as an HTML form encodes one, '+' is a space.
 */
final class Links {

    private static final String[] SCHEMES = {"mailto:", "tel:", "sms:"};

    private Links() {
    }

    /** Whether the escape at {@code at} stands in a link or a query string. */
    static boolean inLink(String text, int at) {
        int start = start(text, at);
        if (query(text, start, end(text, at), at) >= 0 || indexOf(text, "://", start, at) >= 0) {
            return true;
        }
        for (var scheme : SCHEMES) {
            if (text.regionMatches(true, start, scheme, 0, scheme.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the '+' at {@code at} is a space: it stands in a query's value that is no number's plus (a value opening
     * with '+'), and the query holds a {@code %XX} escape, so '+' was encoded where it was meant.
     */
    static boolean isSpace(String text, int at) {
        if (at == 0 || "=&?".indexOf(text.charAt(at - 1)) >= 0) {
            return false;
        }
        int end = end(text, at);
        int query = query(text, start(text, at), end, at);
        for (int i = Math.max(query, 0); query >= 0 && i < end - 2; i++) {
            if (text.charAt(i) == '%' && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the query holding {@code at} in the run from {@code start} to {@code end} opens: its '?' before {@code at},
     * or the run's start for a form's {@code key=value&key=value}; -1 where none does.
     */
    private static int query(String text, int start, int end, int at) {
        int question = indexOf(text, "?", start, at);
        if (question >= 0) {
            return question;
        }
        int equals = indexOf(text, "=", start, end);
        return equals >= 0 && indexOf(text, "&", equals, end) >= 0 ? start : -1;
    }

    /** Where {@code part} stands between {@code from} and {@code to}, -1 where it does not. */
    private static int indexOf(String text, String part, int from, int to) {
        for (int i = from; i + part.length() <= to; i++) {
            if (text.startsWith(part, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int start(String text, int at) {
        int i = at;
        while (i > 0 && !bounds(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int end(String text, int at) {
        int i = at;
        while (i < text.length() && !bounds(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean bounds(char c) {
        return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>';
    }
}
