package fi.servicedesk.redaction.detection;

import java.util.List;

/**
 * A bare number that closes a person's entry in a list whose other entries hold phones (R3.2, R8.2): a staff
 * directory's text layer with its columns run together ("Gondwe, Kondwani 0990 54 83 08"), a wiki's contacts
 * ("@Name – Service Manager, 8620 5657"), an organisation chart's tree ("├── Name (Project Manager, 87 54 30 94)") or
 * a table's cell under them. Such numbers are national forms of any country, so no plan has to hold them: the list
 * itself is the cue. The entry has to be a person's — two capitalised words before the number on its line — and the
 * number has to end its entry or field (the line, a column's wide gap, a bracket, a comma, a dash, a table's border), be written in groups
 * (or open with a trunk zero) and hold seven to twelve digits, no date nor IP address; the block's first line, a heading that may name a
 * cost centre, and a line with no phone of the block's elsewhere are left alone. What a thing's label precedes is
 * still dropped after ({@link PhoneCues#afterThingLabel}).
 */
final class NumbersInPhoneLists {

    /** Phones on other lines of the same block that make it a list of phones. */
    private static final int MIN_PHONES_AROUND = 2;
    private static final int MAX_PASSES = 3;
    private static final int IPV4_PARTS = 4;
    private static final int MAX_ADDRESS_PART = 255;
    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 12;
    private static final String GROUP_MARKS = " -.";
    /** What follows a number's space where its entry goes on: a column's gap, a border, a dash, a bracketed note. */
    private static final String ENTRY_BREAKS = " |–—-(";

    private final PhonesInRecords records;

    NumbersInPhoneLists(PhonesInRecords records) {
        this.records = records;
    }

    /**
     * Reads the list again while it finds more: the phones it reads on some lines make the list for the others
     * ("Contacts" over three entries, two of them bare).
     */
    void find(Text message, List<Finding> findings) {
        boolean more = true;
        for (int pass = 0; more && pass < MAX_PASSES; pass++) {
            more = findIn(message.value(), findings);
        }
    }

    private boolean findIn(String s, List<Finding> findings) {
        boolean found = false;
        int lineStart = 0;
        int blockStart = 0;
        while (lineStart < s.length()) {
            int lineEnd = Characters.lineEnd(s, lineStart);
            if (s.substring(lineStart, lineEnd).isBlank()) {
                blockStart = lineEnd + 1;
            } else if (lineStart > blockStart && phonesAround(s, findings, blockStart, lineStart, lineEnd) >= MIN_PHONES_AROUND) {
                found |= findOnLine(s, lineStart, lineEnd, findings);
            }
            lineStart = lineEnd + 1;
        }
        return found;
    }

    /** Phones found in the block that opens at {@code blockStart}, on its lines other than the one given. */
    private static int phonesAround(String s, List<Finding> findings, int blockStart, int lineStart, int lineEnd) {
        int blockEnd = s.indexOf("\n\n", lineEnd);
        if (blockEnd < 0) {
            blockEnd = s.length();
        }
        int count = 0;
        for (var finding : findings) {
            boolean inBlock = finding.start() >= blockStart && finding.end() <= blockEnd;
            boolean onLine = finding.start() >= lineStart && finding.start() < lineEnd;
            if (finding.type() == EntityType.PHONE && inBlock && !onLine) {
                count++;
            }
        }
        return count;
    }

    private boolean findOnLine(String s, int lineStart, int lineEnd, List<Finding> findings) {
        boolean found = false;
        int i = lineStart;
        while (i < lineEnd) {
            if (!isDigit(s.charAt(i)) || (i > lineStart && !opensEntryValue(s, lineStart, i))) {
                i++;
                continue;
            }
            int end = groupsEnd(s, i, lineEnd);
            if (end > 0 && closesEntry(s, end, lineEnd) && personBefore(s, lineStart, i)) {
                found |= NumbersInPhoneFields.add(findings, i, end, records.value(s, i, end));
            }
            while (i < lineEnd && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
        return found;
    }

    /**
     * A number stands apart after a space or an opening bracket, not inside a code such as "KP-309" or "v1.2", nor as
     * the tail of a longer run of groups (a SIM card's "8935 8010 8807 7492 134").
     */
    private static boolean opensEntryValue(String s, int lineStart, int i) {
        char before = s.charAt(i - 1);
        boolean afterGroup = i - 2 >= lineStart && isDigit(s.charAt(i - 2));
        return before == ' ' && !afterGroup || before == '(' && i - 1 > lineStart && s.charAt(i - 2) != '(';
    }

    /** Where the digit groups at {@code start} end, or -1 where they are not a phone's shape. */
    private static int groupsEnd(String s, int start, int lineEnd) {
        int digits = 0;
        int groups = 1;
        char mark = 0;
        int i = start;
        while (i < lineEnd) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                digits++;
                i++;
            } else if (GROUP_MARKS.indexOf(c) >= 0 && i + 1 < lineEnd && isDigit(s.charAt(i + 1))
                    && (mark == 0 || mark == c)) {
                mark = c;
                groups++;
                i++;
            } else {
                break;
            }
        }
        boolean grouped = groups > 1 || s.charAt(start) == '0';
        var written = s.substring(start, i);
        boolean phoneShaped = digits >= MIN_DIGITS && digits <= MAX_DIGITS && grouped;
        return phoneShaped && !isDate(written) && !isAddress(written) ? i : -1;
    }

    /** "90.89.0.115": an IPv4 address, four dotted groups of up to three digits. */
    private static boolean isAddress(String written) {
        var parts = written.split("\\.");
        if (parts.length != IPV4_PARTS) {
            return false;
        }
        for (var part : parts) {
            if (part.length() > 3 || Integer.parseInt(part) > MAX_ADDRESS_PART) {
                return false;
            }
        }
        return true;
    }

    /** "14.4.2027", "2027-03-24", "3/11/2027": a day, a month and a year of this or the last century. */
    private static boolean isDate(String written) {
        var parts = written.split("[-./]");
        if (parts.length != 3) {
            return false;
        }
        boolean yearFirst = isYear(parts[0]) && parts[1].length() <= 2 && parts[2].length() <= 2;
        boolean yearLast = isYear(parts[2]) && parts[0].length() <= 2 && parts[1].length() <= 2;
        return yearFirst || yearLast;
    }

    private static boolean isYear(String group) {
        return group.length() == 4 && (group.startsWith("19") || group.startsWith("20"));
    }

    /**
     * The number ends its entry or its field: the line, a column's gap of two spaces, a bracket, a border, a comma, a
     * dash before the entry's next field or a bracketed note ("724 690 560 (Polish SIM) – language: Polish").
     */
    private static boolean closesEntry(String s, int end, int lineEnd) {
        if (end == lineEnd) {
            return true;
        }
        char after = s.charAt(end);
        if (after == ')' || after == '|') {
            return true;
        }
        if (after == '\r') {
            return end + 1 == lineEnd;
        }
        if (after == ',') {
            return end + 1 == lineEnd || s.charAt(end + 1) == ' ';
        }
        return after == ' ' && (end + 1 == lineEnd || ENTRY_BREAKS.indexOf(s.charAt(end + 1)) >= 0);
    }

    /** Two capitalised words, a person's name, stand before the number on its line. */
    private static boolean personBefore(String s, int lineStart, int at) {
        boolean previousCapitalised = false;
        int i = lineStart;
        while (i < at) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int wordStart = i;
            while (i < at && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '\'')) {
                i++;
            }
            // A surname in capitals is a name still ("TEHEI Heimana", "ROOKBURY Orson").
            boolean capitalised = Character.isUpperCase(s.charAt(wordStart)) && i - wordStart >= 2;
            if (capitalised && previousCapitalised) {
                return true;
            }
            boolean joined = i < at && (s.charAt(i) == ' ' || s.charAt(i) == ',');
            previousCapitalised = capitalised && joined;
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
