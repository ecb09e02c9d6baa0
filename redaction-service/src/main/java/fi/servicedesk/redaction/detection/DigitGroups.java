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
    private static final int LONGEST_CURRENCY = CURRENCIES.stream().mapToInt(String::length).max().orElseThrow();

    /** The groups at {@code start}, or null where the digits there are no number's. */
    static DigitGroups at(String text, int start) {
        // Most runs read are no such number: their end is found first, and the two strings are made only for a number.
        int end = end(text, start);
        return end >= 0 && nothingJoinsAfter(text, end) ? read(text, start, end) : null;
    }

    /** Where the groups at {@code start} end, or -1 where they are too many, too long or a parenthesis is left open. */
    private static int end(String text, int start) {
        int digits = 0;
        int i = start;
        for (int count = 0; ; count++) {
            if (count == MAX_GROUPS) {
                return -1;
            }
            boolean enclosed = text.charAt(i) == '(';
            int group = enclosed ? ++i : i;
            while (i < text.length() && Scan.isDigit(text.charAt(i))) {
                i++;
            }
            if (i == group || enclosed && (count == 0 || i == text.length() || text.charAt(i) != ')')) {
                return -1;
            }
            digits += i - group;
            i += enclosed ? 1 : 0;
            if (digits > MAX_DIGITS) {
                return -1;
            }
            // "SMS 135-8170-1023 16:31": a time after the number is no group of it.
            if (!(i + 1 < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-')
                    && (Scan.isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '(' && count == 0)) || timeAt(text, i + 1)) {
                return i;
            }
            i++;
        }
    }

    /** The groups of {@code text[start, end)}, which {@link #end} has read. */
    private static DigitGroups read(String text, int start, int end) {
        var lengths = new StringBuilder(2 * MAX_GROUPS + 2);
        var digits = new StringBuilder(MAX_DIGITS);
        int i = start;
        while (i < end) {
            boolean enclosed = text.charAt(i) == '(';
            int group = enclosed ? ++i : i;
            while (i < end && Scan.isDigit(text.charAt(i))) {
                i++;
            }
            digits.append(text, group, i);
            if (!lengths.isEmpty()) {
                lengths.append(' ');
            }
            if (enclosed) {
                lengths.append('(').append(i - group).append(')');
                i++;
            } else {
                lengths.append(i - group);
            }
            // Past the space or hyphen between two groups.
            i++;
        }
        return new DigitGroups(lengths.toString(), digits.toString(), end);
    }

    /** A time of day at {@code start}: an hour, a colon and two digits of minutes, "9:05", "16:31". */
    static boolean timeAt(String text, int start) {
        int colon = start;
        while (colon < text.length() && colon - start < 2 && Scan.isDigit(text.charAt(colon))) {
            colon++;
        }
        int end = colon + 3;
        if (colon == start || end > text.length() || text.charAt(colon) != ':' || !Scan.isDigit(text.charAt(colon + 1))
                || !Scan.isDigit(text.charAt(colon + 2)) || end < text.length() && Scan.isDigit(text.charAt(end))) {
            return false;
        }
        return Integer.parseInt(text, start, colon, 10) < 24 && text.charAt(colon + 1) < '6';
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
        // Lower case is never shorter than the word: a longer word is no currency, and is not copied to be asked.
        return wordEnd - word > LONGEST_CURRENCY || !CURRENCIES.contains(text.substring(word, wordEnd).toLowerCase(Locale.ROOT));
    }
}
