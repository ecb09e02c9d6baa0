package fi.servicedesk.redaction.detection;

import java.util.Locale;
import java.util.Set;

/**
 * The digit groups of a number written in a national form at a run of digits: digits parted by one space or hyphen,
 * a group in parentheses after the first ("8 (916) 123-45-67"); no letter, number, decimal part or currency after
 * them. {@code lengths} are the groups' lengths ("2 3 2 2" for "77 791 30 62", "(3)" for a group in parentheses).
 */
record DigitGroups(String lengths, String digits, int end) {

    private static final int MAX_GROUPS = 6;
    private static final int MAX_DIGITS = 12;
    /** What a price is followed by: "2 345 678 €", "912 345 678 euroa". */
    private static final Set<String> CURRENCIES = Set.of("e", "eur", "euro", "euroa", "euros", "kr", "sek", "nok", "dkk",
            "pln", "usd", "zł", "rub", "€", "$", "£");

    /** The groups at {@code start}, or null where the digits there are no number's. */
    static DigitGroups at(String text, int start) {
        var lengths = new StringBuilder();
        var digits = new StringBuilder();
        int i = start;
        for (int count = 0; ; count++) {
            if (count == MAX_GROUPS) {
                return null;
            }
            boolean enclosed = text.charAt(i) == '(';
            int group = enclosed ? ++i : i;
            while (i < text.length() && Scan.isDigit(text.charAt(i))) {
                i++;
            }
            if (i == group || enclosed && (count == 0 || i == text.length() || text.charAt(i) != ')')) {
                return null;
            }
            digits.append(text, group, i);
            lengths.append(count == 0 ? "" : " ").append(enclosed ? "(" + (i - group) + ")" : String.valueOf(i - group));
            i += enclosed ? 1 : 0;
            if (digits.length() > MAX_DIGITS) {
                return null;
            }
            if (!(i + 1 < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-')
                    && (Scan.isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '(' && count == 0))) {
                break;
            }
            i++;
        }
        return nothingJoinsAfter(text, i) ? new DigitGroups(lengths.toString(), digits.toString(), i) : null;
    }

    /** At a run that no word, sign or other group of digits joins before: "+372 …", "CMP-5956", "4111 1111 …" are not. */
    static boolean opensNumber(String text, int start) {
        if (!Characters.notAfterWord(text, start, "+-./,#=_@'&*")) {
            return false;
        }
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '(')) {
            i--;
        }
        return i < 0 || !Scan.isDigit(text.charAt(i));
    }

    /** How many groups there are: "77 791 30 62" has four. */
    int count() {
        return lengths.split(" ").length;
    }

    private static boolean nothingJoinsAfter(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        if (Characters.isLetterOrNumber(c) || ".,:/".indexOf(c) >= 0 && end + 1 < text.length() && Scan.isDigit(text.charAt(end + 1))) {
            return false;
        }
        int word = end;
        while (word < text.length() && text.charAt(word) == ' ') {
            word++;
        }
        int wordEnd = word;
        while (wordEnd < text.length() && !Character.isWhitespace(text.charAt(wordEnd)) && ".,;:)".indexOf(text.charAt(wordEnd)) < 0) {
            wordEnd++;
        }
        return !CURRENCIES.contains(text.substring(word, wordEnd).toLowerCase(Locale.ROOT));
    }
}
