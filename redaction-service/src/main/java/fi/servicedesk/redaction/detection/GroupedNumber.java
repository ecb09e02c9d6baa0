package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A run of digits grouped as a phone number is in some country's national form, which no finding already covers but
 * a shorter phone read inside it ("0917 077" of the Philippine "0917 077 4006", as Finland's plan reads its start):
 * two to five groups of two to four digits, parted by one space or hyphen ("77 791 30 62", "0917 466 0666", "55 9984
 * 2354"), at most twelve digits, opening no other number and joined by no letter, decimal part, currency or unit. Never a
 * date ("12 03 2027") nor a number after a thing's label ({@link PhoneCues#afterThingLabel}). What is read so only
 * with a place or a strong cue beside it ({@link NumbersOfNamedPlaces}, {@link StronglyCuedNumbers}).
 */
final class GroupedNumber {

    private static final int MIN_DIGITS = 7;
    private static final int MIN_GROUP = 2;
    private static final int MAX_GROUP = 4;
    private static final int MAX_GROUPS = 5;
    /** The longest group of a number typed as its writer likes: "089287 92796". */
    private static final int MAX_TYPED_GROUP = 6;
    private static final int DATE_DIGITS = 8;
    /** What a measure is followed by: "10 20 30 40 ms", "12 500 000 kpl". */
    private static final Set<String> UNITS = Set.of("ms", "s", "sec", "min", "h", "kg", "g", "km", "m", "mm", "cm", "kb",
            "mb", "gb", "tb", "kpl", "pcs", "units", "st", "%", "x");
    /** The group lengths of an amount in thousands and of groups of four ({@link #shapedAsAnotherNumber}), compiled once. */
    private static final Pattern THOUSANDS = Pattern.compile("[123]( 3)+");
    private static final Pattern FOURS = Pattern.compile("4 4 4( 4)*");

    private GroupedNumber() {
    }

    /** What a rule makes of a grouped run at {@code start}: its value as a phone, or null where it is none. */
    interface Reading {
        String value(String text, int start, DigitGroups groups);
    }

    /** Adds each grouped run that {@code reading} reads as a phone. */
    static void find(Text message, List<Finding> findings, Reading reading) {
        find(message, findings, reading, false);
    }

    /**
     * As {@link #find}, but a run needs no second group and a group may hold up to six digits: how a number is typed
     * where the words before it leave no doubt it is a phone ("numerosta 090155877", "puh. 089287 92796").
     */
    static void findTypedAnyhow(Text message, List<Finding> findings, Reading reading) {
        find(message, findings, reading, true);
    }

    private static void find(Text message, List<Finding> findings, Reading reading, boolean anyhow) {
        var s = message.value();
        for (int run = 0; run < message.digitRunCount(); run++) {
            int start = message.digitRun(run);
            var groups = at(s, start, findings, anyhow);
            var value = groups == null ? null : reading.value(s, start, groups);
            if (value != null) {
                add(findings, start, groups.end(), value);
            }
        }
    }

    /** The digits read in {@code region}'s national form, or null where libphonenumber reads none. */
    static Phonenumber.PhoneNumber parse(PhoneNumberUtil numbers, String digits, String region) {
        try {
            return numbers.parse(digits, region);
        } catch (NumberParseException e) {
            return null;
        }
    }

    private static DigitGroups at(String text, int start, List<Finding> findings, boolean anyhow) {
        if (!anyhow && !secondGroupFollows(text, start) || !DigitGroups.opensNumber(text, start) || start > 0 && text.charAt(start - 1) == '(') {
            return null;
        }
        var groups = DigitGroups.at(text, start);
        if (groups == null || groups.digits().length() < MIN_DIGITS
                || !(anyhow ? isTypedAnyhow(groups) : isGrouped(groups.lengths()))
                || PhoneDetector.isDate(text, start, groups.end()) || shapedAsAnotherNumber(groups)
                || measured(text, groups.end()) || PhoneCues.afterThingLabel(text, start)) {
            return null;
        }
        for (var finding : findings) {
            boolean overlaps = finding.start() < groups.end() && start < finding.end();
            boolean same = finding.start() == start && finding.end() == groups.end();
            if (overlaps && (finding.type() != EntityType.PHONE || finding.start() < start || finding.end() > groups.end() || same)) {
                return null;
            }
        }
        return groups;
    }

    /**
     * Whether a space or hyphen and a digit follow the digits at {@code start}: a grouped number has two groups at
     * least, and most runs of digits in a message (dates, prices, ids) have one, so they cost no reading of groups.
     */
    private static boolean secondGroupFollows(String text, int start) {
        int i = start;
        while (i < text.length() && Scan.isDigit(text.charAt(i))) {
            i++;
        }
        return i + 1 < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-') && Scan.isDigit(text.charAt(i + 1));
    }

    /** Adds the number as a phone in place of the phones read inside it ("0917 466" of "0917 466 0666"). */
    private static void add(List<Finding> findings, int start, int end, String value) {
        findings.removeIf(f -> f.start() < end && start < f.end());
        findings.add(new Finding(EntityType.PHONE, start, end, value));
    }

    static boolean measured(String text, int end) {
        int word = end;
        while (word < text.length() && text.charAt(word) == ' ') {
            word++;
        }
        int wordEnd = word;
        while (wordEnd < text.length() && (Characters.isLetter(text.charAt(wordEnd)) || text.charAt(wordEnd) == '%')) {
            wordEnd++;
        }
        // "x74" after a number is its extension ("0905 651 210 x74"), "4 x 2" a measure
        boolean extension = wordEnd < text.length() && Scan.isDigit(text.charAt(wordEnd));
        return !extension && UNITS.contains(text.substring(word, wordEnd).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the groups are written as numbers other than phones are: a date or a dated record's number year first
     * ("2026-03-12", "2026 03 12", "2024-11-0042"), an amount in thousands ("12 500 000"), or an account's, card's or
     * reference's groups of four ("1234 5678 9012"), three of which only a number dialled with its trunk zero has
     * ("0812-6275-7072").
     */
    static boolean shapedAsAnotherNumber(DigitGroups groups) {
        var lengths = groups.lengths();
        var digits = groups.digits();
        boolean yearFirst = lengths.startsWith("4 2") && (digits.startsWith("19") || digits.startsWith("20"))
                && Integer.parseInt(digits, 4, 6, 10) >= 1 && Integer.parseInt(digits, 4, 6, 10) <= 12;
        // The digits are asked before the lengths: most runs fail there, and cost no match.
        boolean thousands = digits.endsWith("000") && THOUSANDS.matcher(lengths).matches();
        boolean threeFours = digits.charAt(0) != '0' && FOURS.matcher(lengths).matches();
        return yearFirst || thousands || threeFours;
    }

    /** One run, no date typed so ("20270315", "15032027"), or a few groups of two to six digits. */
    private static boolean isTypedAnyhow(DigitGroups groups) {
        var lengths = groups.lengths();
        if (lengths.indexOf(' ') < 0) {
            return !lengths.startsWith("(") && !dateInOneRun(groups.digits());
        }
        return groupsWithin(lengths, MAX_TYPED_GROUP) > 0;
    }

    /** Eight digits that read as a date, year first or last: "20270315", "15032027". */
    private static boolean dateInOneRun(String digits) {
        if (digits.length() != DATE_DIGITS) {
            return false;
        }
        return century(digits, 0) && month(digits, 4) && day(digits, 6) || day(digits, 0) && month(digits, 2) && century(digits, 4);
    }

    private static boolean century(String digits, int at) {
        return digits.startsWith("19", at) || digits.startsWith("20", at);
    }

    private static boolean month(String digits, int at) {
        int month = Integer.parseInt(digits, at, at + 2, 10);
        return month >= 1 && month <= 12;
    }

    private static boolean day(String digits, int at) {
        int day = Integer.parseInt(digits, at, at + 2, 10);
        return day >= 1 && day <= 31;
    }

    static boolean isGrouped(String lengths) {
        int groups = groupsWithin(lengths, MAX_GROUP);
        return groups >= 2 && groups <= MAX_GROUPS;
    }

    /**
     * How many groups {@link DigitGroups#lengths()} lists, or -1 where one is in parentheses or shorter than
     * {@value #MIN_GROUP} or longer than {@code longest} digits. Read in place: every run of digits asks it.
     */
    private static int groupsWithin(String lengths, int longest) {
        int groups = 0;
        for (int start = 0; ; groups++) {
            int space = lengths.indexOf(' ', start);
            int end = space < 0 ? lengths.length() : space;
            if (lengths.charAt(start) == '(') {
                return -1;
            }
            int group = Integer.parseInt(lengths, start, end, 10);
            if (group < MIN_GROUP || group > longest) {
                return -1;
            }
            if (space < 0) {
                return groups + 1;
            }
            start = space + 1;
        }
    }
}
