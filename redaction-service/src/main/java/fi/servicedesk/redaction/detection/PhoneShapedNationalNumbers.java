package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A phone typed in chat in odd groups with dots or slashes (R3.2, R8.2): "+358 45.780.4578", "+41 7641.201.86",
 * "080.5381.6889", "0812/52547529", "896/04027663", and a mobile of a country that dials the trunk prefix 8, in one run
 * or grouped ("89161234567", "8 916 123 45 67"). People part the digits where they like; what makes the run a phone
 * is that it opens as a dialled number does (a "+" and a country code, a trunk prefix) and the plan holds the whole:
 * after "+" a valid number of that code, after a trunk zero a valid Finnish number or another country's mobile in its
 * national form ({@link NationalFormsAfterCues#mobile}), after an 8 a mobile of a country whose trunk prefix it is.
 * Such a mobile in one run with its trunk zero is one after a phone's cue ("call me on 09012345678").
 * With a phone's cue ({@link PhoneCues#cued}) a North American number typed in odd groups with dots is one too ("call
 * me on 6174.5520.50"; hyphens part ids as often, "5217-9043-22"). Not a date, a time, a version or an IP address's four groups, nor a run joined to more digits or
 * letters.
 */
final class PhoneShapedNationalNumbers {

    private static final int MIN_DIGITS = 8;
    /** The fewest digits of a mobile typed in one run with its trunk zero that a phone's cue makes one. */
    private static final int MIN_RUN = 10;
    private static final int MAX_DIGITS = 15;
    private static final int MAX_GROUPS = 6;
    /** A North American number's ten digits, with no country code. */
    private static final int NORTH_AMERICAN = 10;
    private static final int IP_GROUPS = 4;
    private static final int IP_GROUP = 3;
    private static final int YEAR = 4;
    private static final String SEPARATORS = "./ -";
    private static final String TRUNK_EIGHT = "8";
    private static final Set<PhoneNumberType> MOBILE = Set.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);

    /** A run as typed: where it ends, its digits, its groups, and whether a dot or slash parts them. */
    private record Typed(int end, String digits, int groups, boolean dotted, int longestGroup) {
    }

    private final PhoneNumberUtil numbers;
    private final NationalFormsAfterCues plans;
    /** The regions that dial 8 as their trunk prefix (Russia, Kazakhstan, Belarus …), looked up once. */
    private final List<String> trunkEightRegions;

    PhoneShapedNationalNumbers(PhoneNumberUtil numbers, NationalFormsAfterCues plans) {
        this.numbers = numbers;
        this.plans = plans;
        this.trunkEightRegions = numbers.getSupportedRegions().stream().sorted()
                .filter(region -> TRUNK_EIGHT.equals(Objects.requireNonNullElse(numbers.getNddPrefixForRegion(region, true), "")))
                .toList();
    }

    void find(Text message, List<Finding> findings) {
        var s = message.value();
        int after = 0;
        for (int run = 0; run < message.digitRunCount(); run++) {
            int digits = message.digitRun(run);
            boolean plus = digits > 0 && s.charAt(digits - 1) == '+';
            int start = plus ? digits - 1 : digits;
            if (start < after || !opens(s, start)) {
                continue;
            }
            var typed = read(s, digits, plus);
            if (typed == null || PhoneDetector.isDate(s, digits, typed.end()) || PhoneCues.afterThingLabel(s, start)) {
                continue;
            }
            var value = plus ? international(typed) : national(s, start, typed);
            if (value != null && NumbersInPhoneFields.add(findings, start, typed.end(), value)) {
                after = typed.end();
            }
        }
    }

    /** A number opens after no word, digit or path's or version's part, nor after another group ("8935 8499 8945 …"). */
    private static boolean opens(String text, int start) {
        boolean afterGroup = start >= 2 && SEPARATORS.indexOf(text.charAt(start - 1)) >= 0 && Scan.isDigit(text.charAt(start - 2));
        return Characters.notAfterWord(text, start, "./:,-+#€$£") && !afterGroup;
    }

    /** The groups from {@code start}, or null where they are too few or too many digits or more is joined after. */
    private static Typed read(String text, int start, boolean international) {
        var digits = new StringBuilder(MAX_DIGITS);
        int i = start;
        int groups = 0;
        int longest = 0;
        boolean dotted = false;
        char separator = 0;
        while (true) {
            int group = i;
            while (i < text.length() && Scan.isDigit(text.charAt(i))) {
                digits.append(text.charAt(i++));
            }
            groups++;
            longest = Math.max(longest, i - group);
            if (digits.length() > MAX_DIGITS || groups > MAX_GROUPS) {
                return null;
            }
            if (i + 1 < text.length() && SEPARATORS.indexOf(text.charAt(i)) >= 0 && Scan.isDigit(text.charAt(i + 1))
                    && !DigitGroups.timeAt(text, i + 1)) {
                dotted |= text.charAt(i) == '.' || text.charAt(i) == '/';
                // Dots or slashes part every group, but a country code's space ("+41 7641.201.86"): "0186 6.7.2027" is a
                // code and a date.
                boolean afterCountryCode = groups == 1 && international;
                if (!afterCountryCode && separator != 0 && separator != text.charAt(i) && dotted) {
                    return null;
                }
                separator = afterCountryCode ? separator : text.charAt(i);
                i++;
                continue;
            }
            break;
        }
        // "09.27.49.jpeg": a file's name goes on after a dot
        boolean joined = i < text.length() && (Characters.isLetterOrNumber(text.charAt(i))
                || ".,:".indexOf(text.charAt(i)) >= 0 && i + 1 < text.length() && Characters.isLetterOrNumber(text.charAt(i + 1)));
        if (joined || digits.length() < MIN_DIGITS || endsWithYear(text, i, separator)) {
            return null;
        }
        return new Typed(i, digits.toString(), groups, dotted, longest);
    }

    /** "896/2752/2026", "033/1111/2026": a case's or document's number with its year after a slash. */
    private static boolean endsWithYear(String text, int end, char separator) {
        return separator == '/' && end >= YEAR && text.charAt(end - YEAR - 1) == '/'
                && (text.startsWith("19", end - YEAR) || text.startsWith("20", end - YEAR));
    }

    /**
     * "+358 45.780.4578", "+230 5089.7469": a number of a length the code allows, as the dialled rules read one after
     * "+", with a dot or slash somewhere (others the dialled rules read).
     */
    private String international(Typed typed) {
        if (!typed.dotted()) {
            return null;
        }
        try {
            var number = numbers.parse("+" + typed.digits(), "ZZ");
            return numbers.isPossibleNumber(number) ? "+" + number.getCountryCode() + number.getNationalNumber() : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    private String national(String text, int start, Typed typed) {
        var digits = typed.digits();
        boolean ip = typed.groups() == IP_GROUPS && typed.longestGroup() <= IP_GROUP;
        if (ip) {
            return null;
        }
        if (digits.charAt(0) == '0' && typed.dotted()) {
            return finnishOrMobile(text, start, digits);
        }
        if (digits.charAt(0) == '0' && typed.groups() == 1 && digits.length() >= MIN_RUN && PhoneCues.cued(text, start, typed.end())) {
            // "soittakaa hänelle 081234567890": a mobile in one run after a phone's cue
            return plans.mobile(text, start, digits);
        }
        if (digits.startsWith(TRUNK_EIGHT)) {
            var mobile = trunkEightMobile(digits);
            if (mobile != null) {
                return mobile;
            }
        }
        return digits.length() == NORTH_AMERICAN && digits.charAt(0) != '0' && digits.charAt(0) != '1' && typed.dotted()
                && PhoneCues.cued(text, start, typed.end()) ? northAmerican(digits) : null;
    }

    private String finnishOrMobile(String text, int start, String digits) {
        try {
            var number = numbers.parse(digits, PhoneDetector.DEFAULT_REGION);
            if (numbers.isValidNumber(number)) {
                return "+" + number.getCountryCode() + number.getNationalNumber();
            }
        } catch (NumberParseException e) {
            // no Finnish number: another country's mobile may be
        }
        return plans.mobile(text, start, digits);
    }

    /** "89161234567": a mobile of a country whose trunk prefix is 8, after it. */
    private String trunkEightMobile(String digits) {
        for (var region : trunkEightRegions) {
            try {
                var number = numbers.parse(digits, region);
                if (numbers.isValidNumberForRegion(number, region) && MOBILE.contains(numbers.getNumberType(number))) {
                    return "+" + number.getCountryCode() + number.getNationalNumber();
                }
            } catch (NumberParseException e) {
                // not this region's
            }
        }
        return null;
    }

    private String northAmerican(String digits) {
        try {
            var number = numbers.parse("+1" + digits, "ZZ");
            return numbers.isValidNumber(number) ? "+1" + number.getNationalNumber() : null;
        } catch (NumberParseException e) {
            return null;
        }
    }
}
