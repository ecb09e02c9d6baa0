package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Numbers of countries whose national form opens with no zero (R3.2, R8.2): those that dial no trunk prefix — an
 * Estonian "5123 4567", a Latvian "2912 3456", a Portuguese "912 345 678", an Italian mobile "347 123 4567" — or write
 * their mobiles without it — a Georgian "544 86 94 42" — and those whose trunk prefix is 8 — a Russian
 * "8 (916) 123-45-67", a Lithuanian "8 (5) 212 3456" or "8 612 34567". The trunk prefix is the one libphonenumber's
 * metadata strips in parsing for the country: 8 for Russia and Kazakhstan, 8 or the newer 0 for Lithuania.
 * A run of eight to ten digits is also a serial, an asset tag, an order, a ticket, a price or a piece of an account, so
 * such a run is read only in a grouping its country writes, as a number libphonenumber's plan for that country
 * holds (a mobile where no trunk prefix is dialled), and only with a phone's cue around it ({@link PhoneCues#cued}).
 * After a trunk 8 the number may be of any kind, and the area code in parentheses, or the country named in the
 * message, does for the cue: no serial is written "8 (916) …". Never after a thing's label
 * ({@link PhoneCues#afterThingLabel}). Where several countries read the run, the one the message names wins, else the
 * nearest to Finland.
 */
final class NationalFormsWithoutZero {

    /**
     * A country, whether its numbers are written after its trunk prefix, and the groupings in which they are written,
     * as lengths of the digit groups ("4 4" is "5123 4567"; "1 (3) 3 2 2" is "8 (916) 123-45-67", the trunk 8 counted
     * as the first group).
     */
    private record Country(String region, boolean afterTrunk, Set<String> groupings) {
    }

    private static final Set<String> RUSSIAN_GROUPINGS = Set.of("1 10", "1 (3) 3 2 2", "1 (3) 7", "1 (3) 3 4", "1 3 3 2 2",
            "1 3 3 4", "1 (4) 2 2 2", "1 (4) 6");
    private static final List<Country> COUNTRIES = List.of(
            new Country("EE", false, Set.of("8", "7", "4 4", "3 4", "3 2 3", "3 5")),
            new Country("LV", false, Set.of("8", "4 4", "2 3 3", "3 2 3", "2 2 2 2")),
            new Country("LT", true, Set.of("1 8", "1 3 5", "1 (3) 5", "1 (1) 3 4", "1 (2) 2 4", "1 (3) 2 3", "1 1 3 4",
                    "1 3 2 3")),
            new Country("RU", true, RUSSIAN_GROUPINGS),
            // Kazakhstan shares Russia's +7 and its trunk 8 and ways of writing: "8 (701) 346-45-74"
            new Country("KZ", true, RUSSIAN_GROUPINGS),
            new Country("PT", false, Set.of("9", "3 3 3")),
            new Country("ES", false, Set.of("9", "3 3 3", "3 2 2 2")),
            new Country("PL", false, Set.of("9", "3 3 3", "2 3 2 2")),
            new Country("IT", false, Set.of("10", "3 3 4", "3 7", "3 4 3")),
            new Country("NO", false, Set.of("8", "3 2 3", "2 2 2 2", "4 4")),
            new Country("DK", false, Set.of("8", "2 2 2 2", "4 4")),
            // Georgia's plan has a trunk 0, but its mobiles are written without it, as libphonenumber formats them: "555 12 34 56".
            new Country("GE", false, Set.of("9", "3 2 2 2", "3 3 3")));
    /** Every country's groupings: most runs of digits are in none, and are left before any cue is looked for. */
    private static final Set<String> GROUPINGS = COUNTRIES.stream().flatMap(c -> c.groupings().stream()).collect(Collectors.toSet());
    private static final Set<PhoneNumberType> MOBILE = Set.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);
    private final PhoneNumberUtil numbers;

    NationalFormsWithoutZero(PhoneNumberUtil numbers) {
        this.numbers = numbers;
    }

    /**
     * Adds each such number that overlaps no finding already made, but a phone read inside it after its start:
     * "958 081 986" holds a Finnish landline's shape, "081 986", that is only its tail.
     */
    void find(Text message, List<Finding> findings) {
        var s = message.value();
        String lower = null;
        for (int run = 0; run < message.digitRunCount(); run++) {
            int start = message.digitRun(run);
            if (s.charAt(start) == '0' || !DigitGroups.opensNumber(s, start)) {
                continue;
            }
            var groups = DigitGroups.at(s, start);
            if (groups == null || !GROUPINGS.contains(groups.lengths()) || PhoneCues.afterThingLabel(s, start)) {
                continue;
            }
            var overlapping = overlapping(findings, start, groups.end());
            if (overlapping.stream().anyMatch(f -> f.type() != EntityType.PHONE || f.start() <= start || f.end() > groups.end())) {
                continue;
            }
            boolean cued = PhoneCues.cued(s, start, groups.end());
            Country chosen = null;
            boolean named = false;
            for (var country : COUNTRIES) {
                if (reads(country, groups, cued)) {
                    lower = lower == null ? s.toLowerCase(Locale.ROOT) : lower;
                    named = PhoneCues.names(lower, country.region());
                    chosen = named || chosen == null ? country : chosen;
                    if (named) {
                        break;
                    }
                }
            }
            if (chosen != null && (cued || named || groups.lengths().contains("("))) {
                var number = number(chosen, groups);
                findings.removeAll(overlapping);
                findings.add(new Finding(EntityType.PHONE, start, groups.end(), "+" + number.getCountryCode() + number.getNationalNumber()));
                run = skipRunsBefore(message, run, groups.end());
            }
        }
    }

    /**
     * Whether {@code country} writes its numbers so and its plan holds this one: after a trunk prefix a number of any
     * kind; where none is dialled, a mobile, and only with a cue.
     */
    private boolean reads(Country country, DigitGroups groups, boolean cued) {
        if (!country.groupings().contains(groups.lengths())) {
            return false;
        }
        var number = number(country, groups);
        if (!country.afterTrunk()) {
            return cued && isMobile(country.region(), number);
        }
        return number != null && numbers.isValidNumberForRegion(number, country.region());
    }

    /** A mobile by the plan, or one of a range it has not assigned yet ({@link UnassignedMobiles}). */
    private boolean isMobile(String region, Phonenumber.PhoneNumber number) {
        if (numbers.isValidNumberForRegion(number, region)) {
            return MOBILE.contains(numbers.getNumberType(number));
        }
        return UnassignedMobiles.opensAsMobile(numbers, number, region);
    }

    /**
     * The number the digits make in the country's national form; where it is written after a trunk prefix, the number
     * libphonenumber parses for the country once it has stripped one, else null.
     */
    private Phonenumber.PhoneNumber number(Country country, DigitGroups groups) {
        var digits = groups.digits();
        if (!country.afterTrunk()) {
            return new Phonenumber.PhoneNumber().setCountryCode(numbers.getCountryCodeForRegion(country.region()))
                    .setNationalNumber(Long.parseLong(digits));
        }
        try {
            var number = numbers.parse(digits, country.region());
            boolean trunkStripped = number.getCountryCode() == numbers.getCountryCodeForRegion(country.region())
                    && !number.isItalianLeadingZero() && Long.toString(number.getNationalNumber()).length() < digits.length();
            return trunkStripped ? number : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    private static List<Finding> overlapping(List<Finding> findings, int start, int end) {
        return findings.stream().filter(f -> f.start() < end && start < f.end()).toList();
    }

    private static int skipRunsBefore(Text message, int run, int end) {
        int next = run;
        while (next + 1 < message.digitRunCount() && message.digitRun(next + 1) < end) {
            next++;
        }
        return next;
    }
}
