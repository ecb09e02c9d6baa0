package fi.servicedesk.redaction.detection;

import java.util.List;

/**
 * A phone read only in part, the rest of its groups left after it (R3.2, R8.2): Finland's plan reads "0917 416" of the
 * Philippine mobile "0917 416 5421", "098105" of the Indian "098105 26137", "0 (535) 539 15" of the Turkish "0 (535)
 * 539 15 85", and the groups after it would stay in clear. Where the whole run, to the end of one of its later groups,
 * is a mobile by some region's plan in that region's national form ({@link NationalFormsAfterCues#mobile}), it is one
 * number: its writer grouped it so. Groups are parted by one space or hyphen; a time ("16:31"), a decimal part, a
 * letter or a unit after a group ends the run before it, and no group that another finding holds is taken. A run that
 * opens with a trunk zero and an area code in parentheses apart from it, "0 (595) 342 89 80" as Turkey writes its
 * numbers, is a phone whole whether or not a plan holds it: nothing else is written so.
 */
final class NumbersReadInPart {

    /** The most digits a national form with its trunk prefix has: Indonesia's "0812 2760 51331". */
    private static final int MAX_DIGITS = 13;
    /** The fewest digits of a number written with its trunk zero and area code apart: "0 (212) 555 12 34" has eleven. */
    private static final int MIN_DIGITS = 10;
    /** The groups' lengths {@link DigitGroups} gives a trunk zero and an area code in parentheses: "1 (3) …". */
    private static final String TRUNK_AND_AREA_CODE = "1 (";

    private final NationalFormsAfterCues plans;

    NumbersReadInPart(NationalFormsAfterCues plans) {
        this.plans = plans;
    }

    /** Widens each phone found from {@code first} on whose run goes on after it, where the whole is a mobile. */
    void find(Text message, List<Finding> findings, int first) {
        var s = message.value();
        if (message.has('(')) {
            findTrunkAndAreaCode(message, findings);
        }
        for (int i = first; i < findings.size(); i++) {
            var phone = findings.get(i);
            // Most phones end their run: that test first. A number after "+" carries its country and is read whole.
            if (phone.type() != EntityType.PHONE || !groupFollows(s, phone.end()) || s.charAt(phone.start()) == '+') {
                continue;
            }
            int end = wholeRunEnd(s, phone, findings);
            if (end > phone.end()) {
                findings.set(i, new Finding(EntityType.PHONE, phone.start(), end, plans.mobile(s, phone.start(), digits(s, phone.start(), end))));
            }
        }
    }

    /** "0 (595) 342 89 80": the trunk zero, the area code in parentheses, the subscriber's groups. */
    private void findTrunkAndAreaCode(Text message, List<Finding> findings) {
        var s = message.value();
        for (int run = 0; run < message.digitRunCount(); run++) {
            int start = message.digitRun(run);
            if (!s.startsWith("0 (", start) || !DigitGroups.opensNumber(s, start)) {
                continue;
            }
            var groups = DigitGroups.at(s, start);
            if (groups != null && groups.lengths().startsWith(TRUNK_AND_AREA_CODE) && groups.digits().length() >= MIN_DIGITS
                    && endsNumber(s, groups.end())) {
                var value = plans.mobile(s, start, groups.digits());
                NumbersInPhoneFields.add(findings, start, groups.end(), value == null ? groups.digits() : value);
            }
        }
    }

    /**
     * Where the whole run ends that is a mobile, trying the farthest end of a group first; {@code phone.end()} where no
     * end makes one.
     */
    private int wholeRunEnd(String text, Finding phone, List<Finding> findings) {
        int[] ends = new int[MAX_DIGITS];
        int count = 0;
        int digits = digitCount(text, phone.start(), phone.end());
        for (int i = phone.end(); groupFollows(text, i) && !heldByAnother(findings, phone, i + 1); ) {
            int group = i + 1;
            int end = group;
            while (end < text.length() && Scan.isDigit(text.charAt(end))) {
                end++;
            }
            digits += end - group;
            if (digits > MAX_DIGITS || DigitGroups.timeAt(text, group)) {
                break;
            }
            ends[count++] = end;
            i = end;
        }
        for (int k = count - 1; k >= 0; k--) {
            int end = ends[k];
            if (endsNumber(text, end) && plans.mobile(text, phone.start(), digits(text, phone.start(), end)) != null) {
                return end;
            }
        }
        return phone.end();
    }

    /** A space or hyphen and a digit right after {@code end}: the run of groups goes on. */
    private static boolean groupFollows(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '-') && Scan.isDigit(text.charAt(end + 1));
    }

    /** No letter, digit, decimal or time part and no unit after {@code end}: "12 kpl", "4567.5" and "12:30" go on. */
    private static boolean endsNumber(String text, int end) {
        if (end == text.length()) {
            return true;
        }
        char c = text.charAt(end);
        boolean partFollows = ".,:".indexOf(c) >= 0 && end + 1 < text.length() && Scan.isDigit(text.charAt(end + 1));
        return !Characters.isLetterOrNumber(c) && !partFollows && !GroupedNumber.measured(text, end);
    }

    private static boolean heldByAnother(List<Finding> findings, Finding phone, int at) {
        for (var finding : findings) {
            if (finding != phone && finding.start() <= at && at < finding.end()) {
                return true;
            }
        }
        return false;
    }

    private static int digitCount(String text, int start, int end) {
        int count = 0;
        for (int i = start; i < end; i++) {
            count += Scan.isDigit(text.charAt(i)) ? 1 : 0;
        }
        return count;
    }

    private static String digits(String text, int start, int end) {
        var digits = new StringBuilder(MAX_DIGITS);
        for (int i = start; i < end; i++) {
            if (Scan.isDigit(text.charAt(i))) {
                digits.append(text.charAt(i));
            }
        }
        return digits.toString();
    }
}
