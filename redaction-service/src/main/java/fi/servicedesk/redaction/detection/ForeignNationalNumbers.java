package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A number written as its own country writes it, with its trunk prefix and no country code
 * (R3.2, R8.2): a British "07936 225870" or "0131 496 0682", a German "0176-81793340", a Swedish
 * "070-600 29 57", an Irish "087 799 7264", an Australian "0491 114 415", a Hungarian "06 30 531 3185" or
 * "06201102769", a French "06 07 53 92 55" or "01 42 68 53 00", and grouped,
 * an Austrian "0664 318 2270", a Belgian "0496 12 34 56" (where no Finnish mobile is) or a Swiss "078 412 58 36".
 * Each country's trunk prefix is the one libphonenumber's metadata gives it: "0" for most, "06" for Hungary. Read only
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
    private record Country(String region, Set<PhoneNumberType> inARun, Set<PhoneNumberType> grouped, Set<PhoneNumberType> inPairs) {
    }

    /** A country's plan as looked up once: its code and the trunk prefix its national forms open with. */
    private record Plan(Country country, int countryCode, String trunk) {
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
            new Country("GB", BRITISH_07, BRITISH_GROUPED, NONE),
            new Country("DE", MOBILE, MOBILE, NONE),
            new Country("SE", MOBILE, MOBILE, NONE),
            new Country("IE", MOBILE, MOBILE, NONE),
            new Country("AU", MOBILE, MOBILE, NONE),
            new Country("AT", NONE, MOBILE, NONE),
            new Country("BE", NONE, MOBILE, NONE),
            new Country("CH", NONE, MOBILE, NONE),
            // Hungary's trunk prefix is "06": an 11-digit run opening 0620, 0630, 0650 or 0670 is no Finnish number.
            new Country("HU", MOBILE, MOBILE, NONE),
            // A French mobile in a run is ten digits opening 06 or 07, as a Finnish landline of Vaasa can be: only in pairs,
            // where any French number is written so and nothing else is ("01 42 68 53 00").
            new Country("FR", NONE, NONE, EnumSet.allOf(PhoneNumberType.class)));
    /** The regions whose national forms are read here. */
    static final List<String> REGIONS = COUNTRIES.stream().map(Country::region).toList();
    /** France's five pairs: "06 07 53 92 55". */
    private static final int PAIRS = 5;
    /** The area code or mobile prefix after the trunk prefix in the first group: "020", "0131", "07936", "0176". */
    private static final int MIN_AREA_CODE = 2;
    private static final int MAX_AREA_CODE = 4;
    /**
     * The most digits after the trunk prefix in a mobile's first group: a British mobile is written 07976 594722 and
     * as often 079765 94722, a prefix no landline's area code is as long as.
     */
    private static final int MAX_MOBILE_PREFIX = 5;
    private static final int MIN_DIGITS = 10;
    private static final int MAX_DIGITS = 12;

    private final PhoneNumberUtil numbers;
    private final List<Plan> plans;

    ForeignNationalNumbers(PhoneNumberUtil numbers) {
        this.numbers = numbers;
        this.plans = COUNTRIES.stream().map(country -> new Plan(country, numbers.getCountryCodeForRegion(country.region()),
                Objects.requireNonNullElse(numbers.getNddPrefixForRegion(country.region(), true), ""))).toList();
    }

    /**
     * E.164 of the number written as {@code text[start, end)} in the national form of one of the
     * countries, or null. The candidate opens with the country's trunk prefix, its first group in parentheses or
     * not; groups are parted by one space, hyphen, slash or dot. The first group is the trunk prefix and an area code, or
     * a trunk prefix of two digits alone ("06 30 531 3185", "06-20-987-1892").
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
        boolean inPairs = groups == PAIRS && firstGroup == 2 && digits.length() == 2 * PAIRS && pairsStandAlone(text, start, end)
                && !opensWithADate(digits);
        if (open || digits.length() < MIN_DIGITS || digits.charAt(0) != '0' || digits.charAt(1) == '0') {
            return null;
        }
        var read = digits.toString();
        for (var plan : plans) {
            var country = plan.country();
            var number = national(plan, read, firstGroup, inARun || inPairs);
            // Valid for any region of the code: +44 also dials Jersey, Guernsey and the Isle of Man (07797, 07781, 07624).
            if (number != null && numbers.isValidNumber(number)
                    && (inARun ? country.inARun() : inPairs ? country.inPairs() : country.grouped()).contains(numbers.getNumberType(number))
                    && (inARun || inPairs || firstGroup - plan.trunk().length() <= MAX_AREA_CODE
                            || isMobileInTwoGroups(text, start, firstGroup, groups) && numbers.getNumberType(number) == PhoneNumberType.MOBILE)) {
                return "+" + plan.countryCode() + number.getNationalNumber();
            }
        }
        return inARun || inPairs || !PhoneCues.cued(text, start, end) ? null : unassignedMobile(read, firstGroup);
    }

    /**
     * The number after the plan's trunk prefix, or null where the digits do not open with it or a grouped number's first
     * group is neither the trunk prefix with an area code nor a trunk prefix of two digits alone.
     */
    private static Phonenumber.PhoneNumber national(Plan plan, String digits, int firstGroup, boolean ungrouped) {
        var trunk = plan.trunk();
        int areaCode = firstGroup - trunk.length();
        boolean trunkAlone = areaCode == 0 && trunk.length() > 1;
        if (trunk.isEmpty() || !digits.startsWith(trunk)
                || !ungrouped && !trunkAlone && (areaCode < MIN_AREA_CODE || areaCode > MAX_MOBILE_PREFIX)) {
            return null;
        }
        return new Phonenumber.PhoneNumber().setCountryCode(plan.countryCode())
                .setNationalNumber(Long.parseLong(digits, trunk.length(), digits.length(), 10));
    }

    /** A grouped number with a phone's cue that opens as a country's mobiles do, in a range the plan has not assigned. */
    private String unassignedMobile(String digits, int firstGroup) {
        for (var plan : plans) {
            var number = national(plan, digits, firstGroup, false);
            if (number != null && !plan.country().grouped().isEmpty()
                    && UnassignedMobiles.opensAsMobile(numbers, number, plan.country().region())) {
                return "+" + plan.countryCode() + number.getNationalNumber();
            }
        }
        return null;
    }

    /**
     * A long first group and one more after a space ("079765 94722"); not after a hyphen, which parts an identity
     * code's date from its number ("073112-2345").
     */
    private static boolean isMobileInTwoGroups(String text, int start, int firstGroup, int groups) {
        return groups == 2 && start + firstGroup < text.length() && text.charAt(start + firstGroup) == ' ';
    }

    /** "01 12 20 26 33": pairs that open with a day, a month and a year of this or the last century are no phone. */
    private static boolean opensWithADate(CharSequence digits) {
        int day = (digits.charAt(0) - '0') * 10 + digits.charAt(1) - '0';
        int month = (digits.charAt(2) - '0') * 10 + digits.charAt(3) - '0';
        boolean century = digits.charAt(4) == '1' && digits.charAt(5) == '9' || digits.charAt(4) == '2' && digits.charAt(5) == '0';
        return day >= 1 && day <= 31 && month >= 1 && month <= 12 && century;
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
