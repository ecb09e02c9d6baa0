package fi.servicedesk.redaction.detection;

/**
 * "MAC 3F:DC:54:99:16:DE": a hardware address is a look-alike, so neither a pair of hex letters inside it ("DE",
 * "FE", "AF") nor its label in capitals right before it ("MAC") is a name, whatever the name tagger makes of letters
 * in capitals beside digits.
 */
final class MacAddresses {

    /** Six pairs of hex digits and five separators. */
    private static final int LENGTH = 17;

    private MacAddresses() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            // Only a marked word of two or three capitals is asked: a hex pair or the label.
            if (names[t] && tokens.length(t) <= 3 && tokens.length(t) >= 2 && (isInside(text, tokens.start(t), tokens.end(t))
                    || tokens.length(t) == 3 && isLabel(text, tokens.start(t), tokens.end(t)))) {
                names[t] = false;
            }
        }
    }

    /** A pair of hex letters joined by ':' or '-' to the address around it. */
    private static boolean isInside(String text, int start, int end) {
        if (end - start != 2 || !isHex(text.charAt(start)) || !isHex(text.charAt(start + 1))
                || !(start > 0 && isSeparator(text.charAt(start - 1)) || end < text.length() && isSeparator(text.charAt(end)))) {
            return false;
        }
        int first = start;
        while (first >= 3 && isSeparator(text.charAt(first - 1)) && start - first < LENGTH) {
            first -= 3;
        }
        return isAddress(text, first) || first + 3 <= start && isAddress(text, first + 3);
    }

    /** "MAC" before spaces or a colon and the address ("MAC D9:82:1B:FE:E1:18", "MAC: …"). */
    private static boolean isLabel(String text, int start, int end) {
        if (!text.startsWith("MAC", start)) {
            return false;
        }
        int i = end;
        if (i < text.length() && text.charAt(i) == ':') {
            i++;
        }
        i = Characters.afterSpaces(text, i);
        return i > end && isAddress(text, i);
    }

    /** Six pairs of hex digits from {@code at}, joined by one separator throughout, with no letter or digit after. */
    private static boolean isAddress(String text, int at) {
        if (at < 0 || at + LENGTH > text.length() || at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            return false;
        }
        char separator = text.charAt(at + 2);
        if (!isSeparator(separator)) {
            return false;
        }
        for (int k = 0; k < 6; k++) {
            int i = at + 3 * k;
            if (!isHex(text.charAt(i)) || !isHex(text.charAt(i + 1)) || k < 5 && text.charAt(i + 2) != separator) {
                return false;
            }
        }
        return at + LENGTH == text.length() || !Character.isLetterOrDigit(text.charAt(at + LENGTH));
    }

    private static boolean isSeparator(char c) {
        return c == ':' || c == '-';
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
    }
}
