package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A number written as its own country writes it, with the trunk {@code 0} and no country code
 * (R3.2, R8.2): a British "07936 225870" or "0131 496 0682", a German "0176-81793340", a Swedish
 * "070-600 29 57", an Irish "087 799 7264", an Australian "0491 114 415", a French "06 07 53 92 55", and grouped,
 * an Austrian "0664 318 2270", a Belgian "0496 12 34 56" (where no Finnish mobile is) or a Swiss "078 412 58 36". Read only
 * where the Finnish reading fails, and only
 * as a number libphonenumber holds valid for that country code, of a kind its shape makes distinctive:
 * mobiles, whose prefix and length no order number or date shares, also written in one run
 * ("07936225870"); a British landline only grouped as a phone is ("0131 496 0682"), since
 * 11 digits opening with 01 or 02 are also a code. German and Swedish landlines are left out: their
 * area codes and lengths vary so much that nearly any run of digits opening with 0 is one.
 * With a phone's cue, a grouped number the plan has not assigned yet is read as a mobile where it opens as the
 * country's mobiles do ({@link UnassignedMobiles}). Countries that dial no trunk prefix are read apart
 * ({@link NationalFormsWithoutZero}).
 */
final class ForeignNationalNumbers {

    /**
     * A country whose national form is read, and the kinds of its numbers accepted in a run, grouped, or in five pairs
     * of digits as France writes them ("06 07 53 92 55").
     */
    private record Country(int countryCode, Set<PhoneNumberType> inARun, Set<PhoneNumberType> grouped, Set<PhoneNumberType> inPairs) {
    }

    private static final Set<PhoneNumberType> MOBILE = EnumSet.of(PhoneNumberType.MOBILE);
    /** British 07 numbers are all dialled as mobiles are: pagers (076) and personal numbers (070) too. */
    private static final Set<PhoneNumberType> BRITISH_07 = EnumSet.of(PhoneNumberType.MOBILE, PhoneNumberType.PAGER,
            PhoneNumberType.PERSONAL_NUMBER);
    private static final Set<PhoneNumberType> BRITISH_GROUPED = EnumSet.of(PhoneNumberType.MOBILE, PhoneNumberType.PAGER,
            PhoneNumberType.PERSONAL_NUMBER, PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE,
            PhoneNumberType.VOIP, PhoneNumberType.TOLL_FREE);
    private static final Set<PhoneNumberType> NONE = EnumSet.noneOf(PhoneNumberType.class);
    private static final List<Country> COUNTRIES = List.of(
            new Country(44, BRITISH_07, BRITISH_GROUPED, NONE),
            new Country(49, MOBILE, MOBILE, NONE),
            new Country(46, MOBILE, MOBILE, NONE),
            new Country(353, MOBILE, MOBILE, NONE),
            new Country(61, MOBILE, MOBILE, NONE),
            new Country(43, NONE, MOBILE, NONE),
            new Country(32, NONE, MOBILE, NONE),
            new Country(41, NONE, MOBILE, NONE),
            // A French mobile in a run is ten digits opening 06 or 07, as a Finnish landline of Vaasa can be: only in pairs.
            new Country(33, NONE, NONE, MOBILE));
    /** France's five pairs: "06 07 53 92 55". */
    private static final int PAIRS = 5;
    /** The trunk zero and the area code or mobile prefix: "020", "0131", "07936", "0176". */
    private static final int MIN_FIRST_GROUP = 3;
    private static final int MAX_FIRST_GROUP = 5;
    private static final int MIN_DIGITS = 10;
    private static final int MAX_DIGITS = 12;

    private final PhoneNumberUtil numbers;

    ForeignNationalNumbers(PhoneNumberUtil numbers) {
        this.numbers = numbers;
    }

    /**
     * E.164 of the number written as {@code text[start, end)} in the national form of one of the
     * countries, or null. The candidate opens with the trunk zero, its first group in parentheses or
     * not; groups are parted by one space, hyphen, slash or dot.
     */
    String e164(String text, int start, int end) {
        var digits = new StringBuilder(MAX_DIGITS);
        int groups = 1;
        int firstGroup = -1;
        boolean open = text.charAt(start) == '(';
        for (int i = open ? start + 1 : start; i < end; i++) {
            char c = text.charAt(i);
            if (Scan.isDigit(c)) {
                digits.append(c);
            } else if (firstGroup < 0 && open && c == ')') {
                firstGroup = digits.length();
                open = false;
                groups++;
                if (i + 1 < end && text.charAt(i + 1) == ' ') {
                    i++;
                }
            } else if (isSeparator(c) && !open && Scan.isDigit(text.charAt(i - 1))) {
                if (firstGroup < 0) {
                    firstGroup = digits.length();
                }
                groups++;
            } else {
                return null;
            }
            if (digits.length() > MAX_DIGITS) {
                return null;
            }
        }
        boolean inARun = groups == 1;
        boolean inPairs = groups == PAIRS && firstGroup == 2 && digits.length() == 2 * PAIRS && pairsStandAlone(text, start, end);
        if (open || digits.length() < MIN_DIGITS || digits.charAt(0) != '0' || digits.charAt(1) == '0'
                || !inARun && !inPairs && (firstGroup < MIN_FIRST_GROUP || firstGroup > MAX_FIRST_GROUP)) {
            return null;
        }
        long national = Long.parseLong(digits, 1, digits.length(), 10);
        for (var country : COUNTRIES) {
            var number = new Phonenumber.PhoneNumber().setCountryCode(country.countryCode()).setNationalNumber(national);
            // Valid for any region of the code: +44 also dials Jersey, Guernsey and the Isle of Man (07797, 07781, 07624).
            if (numbers.isValidNumber(number)
                    && (inARun ? country.inARun() : inPairs ? country.inPairs() : country.grouped()).contains(numbers.getNumberType(number))) {
                return "+" + country.countryCode() + national;
            }
        }
        return inARun || inPairs || !PhoneCues.cued(text, start, end) ? null : unassignedMobile(national);
    }

    /** A grouped number with a phone's cue that opens as a country's mobiles do, in a range the plan has not assigned. */
    private String unassignedMobile(long national) {
        for (var country : COUNTRIES) {
            var number = new Phonenumber.PhoneNumber().setCountryCode(country.countryCode()).setNationalNumber(national);
            var region = numbers.getRegionCodeForCountryCode(country.countryCode());
            if (!country.grouped().isEmpty() && UnassignedMobiles.opensAsMobile(numbers, number, region)) {
                return "+" + country.countryCode() + national;
            }
        }
        return null;
    }

    /** No group of digits joins the pairs before or after: "06 07 53 92 55 12" is a code of six pairs. */
    private static boolean pairsStandAlone(String text, int start, int end) {
        boolean before = start >= 2 && isSeparator(text.charAt(start - 1)) && Scan.isDigit(text.charAt(start - 2));
        boolean after = end + 1 < text.length() && isSeparator(text.charAt(end)) && Scan.isDigit(text.charAt(end + 1));
        return !before && !after;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '/' || c == '.';
    }
}
