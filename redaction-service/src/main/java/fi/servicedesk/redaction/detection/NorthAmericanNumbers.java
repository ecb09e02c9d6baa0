package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.List;

/**
 * A North American number written without its country code (R3.2, R8.2), in the three shapes
 * only such a number has: "(617) 555-0134", "617-555-0134" and "312.555.0181" — three, three
 * and four digits, one kind of separator, nothing joined before or after (a parenthesis around the whole,
 * "(651-306-2735)", as after a name) — and valid for a
 * region of the plan (+1), or of a toll-free area code and the right length; also after the trunk 1
 * ("1-800-555-0199"). No trunk zero opens it, so it is looked for apart from the numbers
 * that one opens. Right after a phrase that leaves no doubt ({@link PhoneCues#stronglyCued}: "numerosta (604)
 * 054-9583", "a call from …") the right length is enough, as for a toll-free number: a phone someone wrote with an
 * exchange no plan allows is still theirs, and must not stay in clear.
 */
final class NorthAmericanNumbers {

    private static final int COUNTRY_CODE = 1;
    private static final int AREA = 3;
    private static final int EXCHANGE = 3;
    private static final int LINE = 4;
    /** 10^7: the exchange and line after the area code. */
    private static final long AREA_DIVISOR = 10_000_000L;
    /** An exchange and line any area code may hold: 200-0000. */
    private static final long ORDINARY_EXCHANGE = 2_000_000L;

    private final PhoneNumberUtil numbers;

    NorthAmericanNumbers(PhoneNumberUtil numbers) {
        this.numbers = numbers;
    }

    /** Adds each number that overlaps no finding already made (a "+1 (415) 555-2671" is found whole). */
    void find(Text message, List<Finding> findings) {
        var s = message.value();
        for (int run = 0; run < message.digitRunCount(); run++) {
            int area = message.digitRun(run);
            int end = end(s, area);
            if (end < 0) {
                continue;
            }
            int start = trunkOne(s, area);
            if (start < 0) {
                // "(617) 555-0134" opens at its parenthesis, "(651-306-2735)" inside it
                start = area > 0 && s.charAt(area - 1) == '(' && s.charAt(area + AREA) == ')' ? area - 1 : area;
            }
            if (Finding.noneOverlaps(findings, start, end)) {
                long national = national(s, area, end);
                var number = new Phonenumber.PhoneNumber().setCountryCode(COUNTRY_CODE).setNationalNumber(national);
                boolean anyExchange = isTollFree(national) || PhoneCues.stronglyCued(s, start);
                if (numbers.isValidNumber(number) || anyExchange && numbers.isPossibleNumber(number)) {
                    findings.add(new Finding(EntityType.PHONE, start, end, "+" + COUNTRY_CODE + national));
                }
            }
        }
    }

    /** The end of a number whose area code is the digit run at {@code area}, or -1. */
    private static int end(String text, int area) {
        if (!isGroup(text, area, AREA)) {
            return -1;
        }
        int i = area + AREA;
        char separator;
        if (area > 0 && text.charAt(area - 1) == '(' && !enclosedWhole(text, area)) {
            if (i >= text.length() || text.charAt(i) != ')' || !Characters.notAfterWord(text, area - 1, "+") && trunkOne(text, area) < 0) {
                return -1;
            }
            i += i + 1 < text.length() && text.charAt(i + 1) == ' ' ? 2 : 1;
            separator = '-';
        } else {
            if (!Characters.notAfterWord(text, area, "+-./(") && trunkOne(text, area) < 0 && !enclosedWhole(text, area)) {
                return -1;
            }
            separator = i < text.length() ? text.charAt(i) : 0;
            if (separator != '-' && separator != '.') {
                return -1;
            }
            i++;
        }
        if (!isGroup(text, i, EXCHANGE) || i + EXCHANGE >= text.length() || text.charAt(i + EXCHANGE) != separator) {
            return -1;
        }
        int line = i + EXCHANGE + 1;
        if (!isGroup(text, line, LINE) || !nothingJoinsAfter(text, line + LINE)) {
            return -1;
        }
        return line + LINE;
    }

    /**
     * "(651-306-2735)": a parenthesis opened right before the area code of a number written with hyphens or dots, and
     * closed right after its line, encloses the number whole, as a name's number is put after the name.
     */
    private static boolean enclosedWhole(String text, int area) {
        if (area == 0 || text.charAt(area - 1) != '(' || !Characters.notAfterWord(text, area - 1, "")) {
            return false;
        }
        int close = area + AREA + 1 + EXCHANGE + 1 + LINE;
        return close < text.length() && text.charAt(close) == ')';
    }

    /**
     * Where the trunk 1 before the area code stands, "1-800-555-0199", "1 (800) 555-0199", or -1: the 1 is a group of its
     * own that no word, sign or number joins before.
     */
    private static int trunkOne(String text, int area) {
        int one = area >= 3 && text.charAt(area - 1) == '(' && text.charAt(area - 2) == ' ' ? area - 3 : area - 2;
        boolean separated = one >= 0 && (text.charAt(one + 1) == '-' || text.charAt(one + 1) == '.' || text.charAt(one + 1) == ' ');
        return separated && text.charAt(one) == '1' && Characters.notAfterWord(text, one, "+-./(") ? one : -1;
    }

    /**
     * A toll-free area code (800, 833, 844, …), as the plan types a number of it with an ordinary exchange. A vendor's
     * hotline is written in the toll-free shape whatever its exchange, and the plan's rule that an exchange opens with
     * 2–9 is no reason to leave one in clear, so such a number needs only the right length.
     */
    private boolean isTollFree(long national) {
        long area = national / AREA_DIVISOR;
        var probe = new Phonenumber.PhoneNumber().setCountryCode(COUNTRY_CODE).setNationalNumber(area * AREA_DIVISOR + ORDINARY_EXCHANGE);
        return numbers.getNumberType(probe) == PhoneNumberUtil.PhoneNumberType.TOLL_FREE;
    }

    /** Exactly {@code length} digits at {@code start}, none after them. */
    private static boolean isGroup(String text, int start, int length) {
        if (start + length > text.length()) {
            return false;
        }
        for (int i = start; i < start + length; i++) {
            if (!Scan.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return start + length == text.length() || !Scan.isDigit(text.charAt(start + length));
    }

    /** Not followed by a letter or number, nor by a separator and a digit that would make it a longer code. */
    private static boolean nothingJoinsAfter(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        if (Characters.isLetterOrNumber(c)) {
            return false;
        }
        boolean separator = c == '-' || c == '.' || c == '/' || c == ':' || c == ',';
        return !(separator && end + 1 < text.length() && Scan.isDigit(text.charAt(end + 1)));
    }

    private static long national(String text, int area, int end) {
        long national = 0;
        for (int i = area; i < end; i++) {
            if (Scan.isDigit(text.charAt(i))) {
                national = national * 10 + (text.charAt(i) - '0');
            }
        }
        return national;
    }
}
