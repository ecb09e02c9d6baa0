package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A number in any country's national form, or after a country code at a length its plan does not know, read as a
 * phone by what the words around it say (R3.2, R8.2): a Philippine "0917 717 9940", a Nigerian "0806 162 0844", a
 * Hungarian "06 30 467 9177", a Belgian "0475/28.89.08", a Brazilian "(11) 92888-2243", a Greek "690 166 4171". With a
 * phone's cue ({@link PhoneCues#cued}: "Supervisor: Maricar Lacson, …", "soita Artturille: …", "numeron …") a
 * country's plan must hold it as a mobile, written as that country writes it (its trunk prefix first where it has one):
 * the mobile ranges of the plans are narrow, and an order's or a ticket's number seldom falls in one. After a strong
 * cue ({@link PhoneCues#stronglyCued}: "Contact: Yoo Eun-ji, (416) 059-4047") it is a phone whatever its range, as
 * {@link StronglyCuedNumbers} reads one. Two groups of digits or more, parted by one space, hyphen or slash (or a dot
 * after a trunk zero), the first maybe in parentheses; seven to fifteen digits; no date. Its value is the E.164 of a country whose plan holds it, the one the
 * line names first, else its digits.
 */
final class NationalFormsAfterCues {

    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 15;
    private static final int MAX_GROUPS = 6;
    /** The digits of a national number written with no trunk zero, area code or country code that a cue alone makes a phone. */
    private static final int FULL_WITHOUT_TRUNK = 10;
    private static final String SEPARATORS = " -/.";
    private static final String SEPARATORS_BUT_DOT = " -/";
    private static final String UNKNOWN_REGION = "ZZ";
    private static final Set<PhoneNumberType> MOBILE = Set.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);

    /** A number as written: where it ends, its digits, and whether it opens with "+". */
    private record Written(int end, String digits, boolean international) {
    }

    /**
     * A region of the plan: its country code, the trunk prefix its national forms open with (or ""), and the lengths
     * its national numbers may have, as bits: the check of a length costs nothing, the plan's patterns do.
     */
    private record Plan(String region, int countryCode, String trunk, int lengths) {
    }

    private final PhoneNumberUtil numbers;
    /** Every region of the plan, in a fixed order, looked up once. */
    private final Map<String, Plan> plans = new TreeMap<>();

    NationalFormsAfterCues(PhoneNumberUtil numbers) {
        this.numbers = numbers;
        for (var region : numbers.getSupportedRegions()) {
            var trunk = Objects.requireNonNullElse(numbers.getNddPrefixForRegion(region, true), "");
            int countryCode = numbers.getCountryCodeForRegion(region);
            plans.put(region, new Plan(region, countryCode, trunk, possibleLengths(countryCode)));
        }
    }

    /** The lengths of national number the plan of the country code holds possible, as bits: its plan checks the length alone. */
    private int possibleLengths(int countryCode) {
        int lengths = 0;
        for (int length = 1; length <= MAX_DIGITS; length++) {
            var number = new Phonenumber.PhoneNumber().setCountryCode(countryCode).setNationalNumber((long) Math.pow(10, length - 1));
            lengths |= numbers.isPossibleNumber(number) ? 1 << length : 0;
        }
        return lengths;
    }

    void find(Text message, List<Finding> findings) {
        var s = message.value();
        int after = 0;
        for (int run = 0; run < message.digitRunCount(); run++) {
            int digits = message.digitRun(run);
            boolean opened = digits > 0 && (s.charAt(digits - 1) == '+' || s.charAt(digits - 1) == '(');
            int start = opened ? digits - 1 : digits;
            if (start < after || !(opened ? Characters.notAfterWord(s, start, "") : DigitGroups.opensNumber(s, start))) {
                continue;
            }
            var written = read(s, start);
            if (written == null && opened && s.charAt(start) == '(') {
                // "Mirela Moldovan (0905 596 016)": the whole number in parentheses, not its area code
                start = digits;
                written = read(s, start);
            }
            if (written == null || alreadyRead(findings, start, written.end()) || PhoneCues.afterThingLabel(s, start)) {
                continue;
            }
            boolean strong = PhoneCues.stronglyCued(s, start);
            if (!strong && !(PhoneCues.cued(s, start, written.end()) && fullNationalNumber(s, start, written))) {
                continue;
            }
            var value = written.international() ? international(written.digits()) : national(s, start, written.digits(), strong);
            if (value != null && NumbersInPhoneFields.add(findings, start, written.end(), value)) {
                after = written.end();
            }
        }
    }

    /**
     * Whether a number with only a phone's cue is written whole: with its trunk zero, its area code in parentheses or
     * its country code, or of ten digits or more ("690 166 4171"). A shorter run with none of them ("numero 123 456
     * 789 ei ole oikea") is an id's as often; {@link NationalFormsWithoutZero} reads such runs of the countries that
     * write them so.
     */
    private static boolean fullNationalNumber(String text, int start, Written written) {
        char first = text.charAt(start);
        return first == '0' || first == '(' || written.international() || written.digits().length() >= FULL_WITHOUT_TRUNK;
    }

    /** The number written at {@code start}, or null where none is: too few or too many digits, a date, more joined after. */
    private static Written read(String text, int start) {
        int i = start;
        boolean international = text.charAt(i) == '+';
        i += international ? 1 : 0;
        var digits = new StringBuilder();
        boolean enclosed = i < text.length() && text.charAt(i) == '(';
        if (enclosed) {
            int close = text.indexOf(')', i);
            if (close < 0 || close - i > 5 || !NumbersInPhoneFields.allDigits(text, i + 1, close)) {
                return null;
            }
            digits.append(text, i + 1, close);
            i = close + 1;
            i += i + 1 < text.length() && text.charAt(i) == ' ' && Scan.isDigit(text.charAt(i + 1)) ? 1 : 0;
        }
        // A dot parts groups only of a number dialled with its trunk zero ("0475/28.89.08"): "19045.6559" is a build's.
        var separators = text.charAt(start) == '0' ? SEPARATORS : SEPARATORS_BUT_DOT;
        int opened = digits.length();
        var lengths = new StringBuilder();
        boolean spacedOrHyphened = true;
        for (int groups = 0; ; groups++) {
            if (groups == MAX_GROUPS || i >= text.length() || !Scan.isDigit(text.charAt(i))) {
                return null;
            }
            int group = i;
            while (i < text.length() && Scan.isDigit(text.charAt(i))) {
                digits.append(text.charAt(i++));
            }
            lengths.append(groups == 0 ? "" : " ").append(i - group);
            if (!(i + 1 < text.length() && separators.indexOf(text.charAt(i)) >= 0 && Scan.isDigit(text.charAt(i + 1)))
                    || DigitGroups.timeAt(text, i + 1)) {
                break;
            }
            spacedOrHyphened &= text.charAt(i) == ' ' || text.charAt(i) == '-';
            i++;
        }
        // Most runs have too few digits for a phone (a date's, a price's): turned away before their groups are read again.
        if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS) {
            return null;
        }
        // "(415) 018-2736-1", "35-209900-176148-1": a check digit after a hyphen closes an id, never a phone.
        if (i - lastGroupStart(text, i) < 2) {
            return null;
        }
        var grouped = new DigitGroups(lengths.toString(), digits.substring(opened), i);
        if (!enclosed && !international && !(spacedOrHyphened ? writtenAsPhone(text, start, grouped) : text.charAt(start) == '0')) {
            return null;
        }
        boolean joined = i < text.length() && (Characters.isLetterOrNumber(text.charAt(i))
                || ".,:".indexOf(text.charAt(i)) >= 0 && i + 1 < text.length() && Scan.isDigit(text.charAt(i + 1)));
        if (joined || PhoneDetector.isDate(text, start, i)
                || yearFirst(digits, text, start)) {
            return null;
        }
        return new Written(i, digits.toString(), international);
    }

    /**
     * A run with no country code or area code in parentheses is a phone's only in the groups a phone is written in
     * ({@link GroupedNumber}): a group alone is a confirmation's, an order's or a booking's as often; groups of four
     * are an account's or card's, groups of three an amount, and a number before a unit a measure.
     */
    private static boolean writtenAsPhone(String text, int start, DigitGroups groups) {
        var read = DigitGroups.at(text, start);
        return read != null && read.end() == groups.end() && GroupedNumber.isGrouped(groups.lengths())
                && !GroupedNumber.shapedAsAnotherNumber(groups) && !GroupedNumber.measured(text, groups.end());
    }

    private static int lastGroupStart(String text, int end) {
        int i = end;
        while (i > 0 && Scan.isDigit(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** "2027-05-19", "2027/05/19 0930": a date written year first. */
    private static boolean yearFirst(CharSequence digits, String text, int start) {
        boolean century = digits.length() >= 8 && (digits.charAt(0) == '1' && digits.charAt(1) == '9' || digits.charAt(0) == '2' && digits.charAt(1) == '0');
        return century && start + 4 < text.length() && SEPARATORS.indexOf(text.charAt(start + 4)) >= 0;
    }

    /** Whether a finding already holds the number, or one that is no phone or reaches past it overlaps it. */
    private static boolean alreadyRead(List<Finding> findings, int start, int end) {
        for (var finding : findings) {
            boolean overlaps = finding.start() < end && start < finding.end();
            boolean inside = finding.start() >= start && finding.end() <= end && !(finding.start() == start && finding.end() == end);
            if (overlaps && (finding.type() != EntityType.PHONE || !inside)) {
                return true;
            }
        }
        return false;
    }

    /** "+234 1 214 7820": a country code the plan knows, whatever the length after it. */
    private String international(String digits) {
        for (int length = 1; length <= 3 && length < digits.length(); length++) {
            if (!UNKNOWN_REGION.equals(numbers.getRegionCodeForCountryCode(Integer.parseInt(digits, 0, length, 10)))) {
                return "+" + digits;
            }
        }
        return null;
    }

    /**
     * The E.164 of a region whose plan holds the digits, its trunk prefix first where it has one, as a mobile (the
     * line's countries first), or null: "09174165421" is a Philippine mobile.
     */
    String mobile(String text, int start, String digits) {
        return national(text, start, digits, false);
    }

    /**
     * The E.164 of a country whose plan holds the number in its national form — the line's countries first — as a
     * mobile after a phone's cue, as any number after a strong one; after a strong cue its digits where no plan holds it.
     */
    private String national(String text, int start, String digits, boolean strong) {
        for (var region : RegionsNamed.onLine(text, start)) {
            var value = heldBy(plans.get(region), digits, strong);
            if (value != null) {
                return value;
            }
        }
        for (var plan : plans.values()) {
            var value = heldBy(plan, digits, strong);
            if (value != null) {
                return value;
            }
        }
        return strong ? digits : null;
    }

    /** The E.164 of the digits where the plan holds them in its national form (as a mobile unless {@code strong}), or null. */
    private String heldBy(Plan plan, String digits, boolean strong) {
        var number = plan == null ? null : number(plan, digits);
        if (number != null && numbers.isValidNumberForRegion(number, plan.region())
                && (strong || MOBILE.contains(numbers.getNumberType(number)))) {
            return "+" + number.getCountryCode() + number.getNationalNumber();
        }
        return null;
    }

    /**
     * The number the digits make in the plan's national form: after its trunk prefix, or without one where the area
     * code stands in parentheses or the plan has none ("(11) 92888-2243"); null where a zero opens them that the plan
     * does not dial as its trunk, or its length is none the plan holds possible. Read in place: every plan is asked.
     */
    private static Phonenumber.PhoneNumber number(Plan plan, String digits) {
        int from = !plan.trunk().isEmpty() && digits.startsWith(plan.trunk()) ? plan.trunk().length() : 0;
        int length = digits.length() - from;
        if (length == 0 || digits.charAt(from) == '0' || (plan.lengths() & 1 << length) == 0) {
            return null;
        }
        return new Phonenumber.PhoneNumber().setCountryCode(plan.countryCode()).setNationalNumber(Long.parseLong(digits, from, digits.length(), 10));
    }
}
