package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A login or an address's local part that writes two names run together as one of its parts, beside a part that is
 * the surname the message writes ("shripadprabhakar.kamatsardessai", "yaganakaltumi.pikivuori", "gaonkar_shripad
 * prabhakar2"), names them one unit of the person's: the given names, as a login parts the given names from the
 * surname and not the one given name from the other (R3.2). A given name and its surname are the login's parts
 * ("matti.virtanen"), or run together with no other part beside them ("mattivirtanen"): no proof there.
 */
final class GivenNamesInLogins {

    /** The fewest letters of the second name a login writes, and of the surname part beside them. */
    private static final int FEWEST_LETTERS = 3;
    private static final Pattern SEPARATORS = Pattern.compile("[._]");

    private GivenNamesInLogins() {
    }

    /** The message's logins and local parts of two parts or more, each split at its dots and underscores. */
    static List<String[]> logins(String text) {
        var out = new ArrayList<String[]>();
        for (int i = 0; i < text.length(); i++) {
            if (!isLoginChar(text.charAt(i)) || i > 0 && isLoginChar(text.charAt(i - 1))) {
                continue;
            }
            int end = i;
            boolean separated = false;
            while (end < text.length() && isLoginChar(text.charAt(end))) {
                separated |= end > i && isSeparator(text.charAt(end - 1)) && !isSeparator(text.charAt(end));
                end++;
            }
            // Most runs are words of a sentence: only one with a part after a dot or underscore is split.
            if (separated) {
                var parts = SEPARATORS.split(text.substring(i, end));
                if (parts.length > 1) {
                    out.add(parts);
                }
            }
            i = end;
        }
        return out;
    }

    /**
     * One of {@code logins} writes the words at {@code t} and {@code t + 1} run together as one part (the second maybe
     * cut before its case ending: "yubaidir" of "Yuba Idirille"), and as another part the start of a name found
     * elsewhere in the message.
     */
    static boolean runTogether(List<String[]> logins, String text, Tokens tokens, boolean[] names, int t) {
        if (logins.isEmpty()) {
            return false;
        }
        String first = AddressLocalParts.foldedLetters(text.substring(tokens.start(t), tokens.end(t)));
        String second = AddressLocalParts.foldedLetters(text.substring(tokens.start(t + 1), tokens.end(t + 1)));
        for (var parts : logins) {
            if (namesPair(text, tokens, names, t, parts, first, second)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesPair(String text, Tokens tokens, boolean[] names, int t, String[] parts, String first, String second) {
        int pair = -1;
        for (int k = 0; k < parts.length && pair < 0; k++) {
            String part = Scan.withoutTrailingDigits(parts[k]);
            if (part.length() >= first.length() + FEWEST_LETTERS && part.startsWith(first)
                    && second.startsWith(part.substring(first.length()))) {
                pair = k;
            }
        }
        for (int k = 0; pair >= 0 && k < parts.length; k++) {
            if (k != pair && isNameFound(text, tokens, names, t, Scan.withoutTrailingDigits(parts[k]))) {
                return true;
            }
        }
        return false;
    }

    /** A name found other than the pair's words begins with the part's letters ("kamatsardessai" of Kamat-Sardessai). */
    private static boolean isNameFound(String text, Tokens tokens, boolean[] names, int t, String part) {
        if (part.length() < FEWEST_LETTERS) {
            return false;
        }
        for (int u = 0; u < tokens.size(); u++) {
            if (names[u] && u != t && u != t + 1 && tokens.isCapitalised(u)
                    && AddressLocalParts.foldedLetters(text.substring(tokens.start(u), tokens.end(u))).startsWith(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '_';
    }

    /** The characters of a login in lower case: ASCII letters, digits, a dot or an underscore. */
    private static boolean isLoginChar(char c) {
        return c >= 'a' && c <= 'z' || Scan.isDigit(c) || c == '.' || c == '_';
    }
}
