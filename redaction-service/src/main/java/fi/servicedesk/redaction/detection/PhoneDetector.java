package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Phone numbers as typed (R5.3, R8.2): Finnish by default, any region after {@code +} or
 * {@code 00}. A candidate must start as a dialled number does ({@code +}, {@code 0} or
 * {@code (0}), which keeps order numbers, prices and dates out; libphonenumber then decides
 * whether it is a valid number of its region. A run of several numbers separated by spaces is
 * split at the longest valid prefix.
 */
public final class PhoneDetector implements Detector {

    static final String DEFAULT_REGION = "FI";
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}+./:,-])(?:\\+|\\(0|0)[0-9 ()/-]{5,24}[0-9](?![\\p{L}\\p{N}]|[.:,][0-9])");
    private static final Scan.Opening OPENING = Scan.Opening.of("+0(", PhoneDetector::mayStart);
    private static final int MIN_DIGITS = 6;
    private static final int FINLAND = 358;
    /** Longer than any Finnish national number (at most 12 digits); such runs go to parse. */
    private static final int MAX_FINNISH_DIGITS = 15;

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    @Override
    public void find(String text, List<Finding> findings) {
        if (Characters.digits(text, MIN_DIGITS) < MIN_DIGITS) {
            return;
        }
        var candidate = new Scan(CANDIDATE, text);
        int from = 0;
        while (candidate.find(from, OPENING)) {
            splitIntoNumbers(text, candidate.match().start(), candidate.match().end(), findings);
            from = candidate.match().end();
        }
    }

    private static boolean mayStart(String text, int i) {
        char c = text.charAt(i);
        boolean opens = c == '+' || c == '0' || c == '(' && i + 1 < text.length() && text.charAt(i + 1) == '0';
        return opens && Characters.notAfterWord(text, i, "+./:,-") && !continuesGroupsOfFour(text, i);
    }

    /**
     * True after "dddd ": account numbers, card numbers and creditor references are printed in
     * groups of four ("RF18 5390 0754 7034"), and a later group that starts with 0 is not a phone.
     */
    private static boolean continuesGroupsOfFour(String text, int i) {
        if (i < 5 || text.charAt(i - 1) != ' ') {
            return false;
        }
        for (int j = i - 5; j < i - 1; j++) {
            if (!Scan.isDigit(text.charAt(j))) {
                return false;
            }
        }
        return i == 5 || !Scan.isDigit(text.charAt(i - 6));
    }

    private void splitIntoNumbers(String text, int start, int end, List<Finding> findings) {
        while (start < end) {
            int validEnd = longestValidPrefix(text, start, end);
            if (validEnd < 0) {
                return;
            }
            findings.add(new Finding(EntityType.PHONE, start, validEnd, e164(text.substring(start, validEnd))));
            start = nextNumberStart(text, validEnd, end);
        }
    }

    /** The end of the longest prefix of [start, end) that ends at a digit group and is a valid number. */
    private int longestValidPrefix(String text, int start, int end) {
        for (int cut = end; cut > start; cut--) {
            boolean groupEnd = cut == end || !Character.isDigit(text.charAt(cut));
            if (groupEnd && Character.isDigit(text.charAt(cut - 1)) && e164(text.substring(start, cut)) != null) {
                return cut;
            }
        }
        return -1;
    }

    private static int nextNumberStart(String text, int from, int end) {
        int i = from;
        while (i < end && !(text.charAt(i) == '+' || text.charAt(i) == '0' || text.charAt(i) == '(')) {
            i++;
        }
        return i;
    }

    /** E.164 of a valid number, or null. */
    public static String e164(String candidate) {
        if (Characters.compact(candidate).length() < MIN_DIGITS) {
            return null;
        }
        var finnish = finnishE164(candidate);
        return finnish != null ? finnish : parsedE164(candidate);
    }

    /**
     * The common case without {@code parse}, which costs most of a phone's time (its regexes):
     * a Finnish number in digits, spaces and hyphens, national ("040 123 4567") or after +358.
     * Only a number libphonenumber validates is answered here, in the form it would give; anything
     * else goes to {@link #parsedE164}, so the answers are the same (PhoneDetectorTest compares them).
     */
    static String finnishE164(String candidate) {
        int i;
        if (candidate.startsWith("+358")) {
            i = 4;
        } else if (candidate.length() > 1 && candidate.charAt(0) == '0' && candidate.charAt(1) != '0') {
            // "00" is the international prefix, not the trunk prefix.
            i = 1;
        } else {
            return null;
        }
        long national = 0;
        int digits = 0;
        for (; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (Scan.isDigit(c)) {
                // A leading zero of the national part would be kept by parse as an Italian zero.
                if (digits == 0 && c == '0' || ++digits > MAX_FINNISH_DIGITS) {
                    return null;
                }
                national = national * 10 + (c - '0');
            } else if (c != ' ' && c != '-') {
                return null;
            }
        }
        var number = new Phonenumber.PhoneNumber().setCountryCode(FINLAND).setNationalNumber(national);
        return digits > 0 && NUMBERS.isValidNumber(number) ? "+" + FINLAND + national : null;
    }

    /**
     * Valid for its region; after {@code +} or {@code 00} possible is enough (the right length for
     * the country): such a string is a phone number whether or not the numbering plan libphonenumber
     * carries has assigned its range yet, and nothing else in a message is written so.
     */
    static String parsedE164(String candidate) {
        try {
            var parsed = NUMBERS.parse(candidate, DEFAULT_REGION);
            boolean international = candidate.startsWith("+") || candidate.startsWith("00");
            boolean accepted = NUMBERS.isValidNumber(parsed) || international && NUMBERS.isPossibleNumber(parsed);
            return accepted ? NUMBERS.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }
}
