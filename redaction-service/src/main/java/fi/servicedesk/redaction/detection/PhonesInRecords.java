package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A number that a structured record's phone field holds whole, whatever country's and however it is written (R3.2,
 * R8.2): a CSV row's cell under a title that names a phone ("ticket,requester,phone" over "REQ…,…,(11) 92888-2243"),
 * an ASCII or Markdown table's cell, padded and under a border, the same way ("| nimi | matkapuhelin |"),
 * a JSON value under a phone's key ("phone": "0475/57.76.88"), an XML attribute ("requester_phone" or an audit trail's
 * change of a phone field: field="requester_phone" to="695 701 1526") and a directory's attribute on its own line
 * ("telephoneNumber: +234 1 577 2081", "homePhone: …"). The record bounds the value, so it needs no grouping of its
 * own: digits and the marks numbers are written with ("+", "(0)", spaces, hyphens, dots, slashes), seven to fifteen
 * digits, no date. Its value is the E.164 that libphonenumber reads, of a country the line names or of Finland, else
 * its digits, as {@link NumbersInPhoneFields} gives them.
 */
final class PhonesInRecords {

    /** Key words that name a phone inside a longer key: "telephoneNumber", "requester_phone", "mobilePhone". */
    private static final List<String> PHONE_KEY_PARTS = List.of("phone", "puhelin", "mobile");
    /** Keys that name a phone whole: "tel", "gsm", "msisdn". */
    private static final Set<String> PHONE_KEYS = Set.of("tel", "mobil", "gsm", "msisdn", "puh", "telefon",
            "telefonnummer", "mobilnummer", "mobiili", "cell", "tfn", "handy", "matkapuhelin");
    /** What a phone's key may go on to name that is not the number: "phone_model", "phoneType", "mobile_os". */
    private static final List<String> NOT_THE_NUMBER = List.of("model", "type", "make", "brand", "os", "id", "count",
            "imei", "serial", "verified", "status", "extension", "ext");
    /** An audit trail's attributes for a field's old and new values, the field named by {@code field="…"}. */
    private static final Set<String> CHANGE_VALUES = Set.of("to", "from", "old", "new", "oldvalue", "newvalue", "value");
    private static final String FIELD_ATTRIBUTE = "field=\"";
    private static final String CELL_SEPARATORS = ",;\t|";
    private static final String NUMBER_MARKS = " +-()./";
    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 15;
    /** What every key or title that names a phone holds; a message with none of them holds no phone field. */
    private static final Fragment[] KEY_FRAGMENTS = {Fragment.of("phone"), Fragment.of("puh"), Fragment.of("mobil"),
            Fragment.of("tel"), Fragment.of("gsm"), Fragment.of("msisdn"), Fragment.of("cell"), Fragment.of("tfn"),
            Fragment.of("handy")};

    private final PhoneNumberUtil numbers;

    PhonesInRecords(PhoneNumberUtil numbers) {
        this.numbers = numbers;
    }

    void find(Text message, List<Finding> findings) {
        if (!mayHoldPhoneField(message)) {
            return;
        }
        var s = message.value();
        int after = 0;
        for (int run = 0; run < message.digitRunCount(); run++) {
            int start = message.digitRun(run);
            while (start > 0 && (s.charAt(start - 1) == '+' || s.charAt(start - 1) == '(')) {
                start--;
            }
            if (start < after) {
                continue;
            }
            int end = fieldEnd(s, start);
            int valueEnd = end < 0 ? -1 : numberEnd(s, start, end);
            if (valueEnd > 0) {
                var value = value(s, start, valueEnd);
                if (value != null && NumbersInPhoneFields.add(findings, start, valueEnd, value)) {
                    after = valueEnd;
                }
            }
        }
    }

    /** Whether the number at {@code start} stands in a record's phone field, where no thing's label can make it a thing's. */
    static boolean inPhoneField(String text, int start) {
        return fieldEnd(text, start) >= 0;
    }

    private static boolean mayHoldPhoneField(Text message) {
        return Fragment.anyMayBeIn(KEY_FRAGMENTS, message);
    }

    /** Where the phone field that the value at {@code start} opens ends, or -1 where it stands in no phone field. */
    private static int fieldEnd(String text, int start) {
        if (start == 0) {
            return -1;
        }
        char before = text.charAt(start - 1);
        if (before == '"') {
            int close = text.indexOf('"', start);
            int lineEnd = Characters.lineEnd(text, start);
            if (close < 0 || close > lineEnd) {
                return -1;
            }
            return quotedUnderPhoneKey(text, start - 1) || inPhoneColumn(text, start - 1) ? close : -1;
        }
        if (CELL_SEPARATORS.indexOf(before) >= 0) {
            return inPhoneColumn(text, start) ? cellEnd(text, start, before) : -1;
        }
        if (before == ' ' && paddedAfterPipe(text, start)) {
            return inPhoneColumn(text, start) ? cellEnd(text, start, '|') : -1;
        }
        return afterPhoneAttribute(text, start) ? Characters.lineEnd(text, start) : -1;
    }

    /** {@code "phone": "…"}, {@code phone="…"}, or {@code field="requester_phone" to="…"}: the quote at {@code quote} opens the value. */
    private static boolean quotedUnderPhoneKey(String text, int quote) {
        int i = quote;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i == 0 || text.charAt(i - 1) != ':' && text.charAt(i - 1) != '=') {
            return false;
        }
        i--;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        boolean quotedKey = i > 0 && text.charAt(i - 1) == '"';
        int keyEnd = quotedKey ? i - 1 : i;
        var key = NumbersInPhoneFields.keyBefore(text, keyEnd);
        if (namesAPhone(key)) {
            return true;
        }
        int element = text.lastIndexOf('<', quote);
        int field = text.lastIndexOf(FIELD_ATTRIBUTE, quote);
        if (!CHANGE_VALUES.contains(key) || field < 0 || field < element) {
            return false;
        }
        int nameEnd = text.indexOf('"', field + FIELD_ATTRIBUTE.length());
        return nameEnd > 0 && nameEnd < quote && namesAPhone(NumbersInPhoneFields.keyBefore(text, nameEnd));
    }

    /**
     * "telephoneNumber: …", "mobile: …", "homePhone: …": a directory's attribute, one word and a colon opening its line;
     * PowerShell's Format-List pads the word to its longest key's width ("telephoneNumber   : 0927…").
     */
    private static boolean afterPhoneAttribute(String text, int start) {
        int i = start;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i == 0 || text.charAt(i - 1) != ':') {
            return false;
        }
        int keyEnd = i - 1;
        while (keyEnd > 0 && text.charAt(keyEnd - 1) == ' ') {
            keyEnd--;
        }
        var key = NumbersInPhoneFields.keyBefore(text, keyEnd);
        int keyStart = keyEnd - key.length();
        return !key.isEmpty() && (keyStart == 0 || text.charAt(keyStart - 1) == '\n') && namesAPhone(key);
    }

    /** Whether a key or a column's title names a phone's number: "phone", "telephoneNumber", "requester_phone"; not "phone_model". */
    static boolean namesAPhone(String key) {
        var lower = key.toLowerCase(Locale.ROOT);
        if (PHONE_KEYS.contains(lower)) {
            return true;
        }
        for (var part : PHONE_KEY_PARTS) {
            int at = lower.lastIndexOf(part);
            if (at >= 0) {
                var rest = lower.substring(at + part.length()).replace("_", "").replace("-", "");
                return NOT_THE_NUMBER.stream().noneMatch(rest::startsWith) || rest.startsWith("number");
            }
        }
        return false;
    }

    /** Whether the cell at {@code start} stands under a title that names a phone. */
    private static boolean inPhoneColumn(String text, int start) {
        var title = columnTitle(text, start);
        return title != null && namesAPhone(title.replace("\"", "").replace(" ", "_"));
    }

    /**
     * The title of the column the cell at {@code start} stands in, stripped: the same column of the first line of the
     * block of lines that hold the row's separator, above the row; null where there is none.
     */
    static String columnTitle(String text, int start) {
        int lineStart = Characters.lineStart(text, start);
        char separator = separatorBefore(text, lineStart, start);
        if (separator == 0) {
            // the row's first cell: the separator that closes it
            separator = separatorAfter(text, start);
        }
        if (separator == 0) {
            return null;
        }
        int column = column(text, lineStart, start, separator);
        int title = lineStart;
        for (int line = lineStart; line > 0; ) {
            int previous = Characters.lineStart(text, line - 1);
            line = previous;
            // An ASCII table's borders ("+----+----+", "|----|----|") stand between its titles and rows.
            if (ColumnTitles.isRule(text, previous, Characters.lineEnd(text, previous))) {
                continue;
            }
            if (text.indexOf(separator, previous) < 0 || text.indexOf(separator, previous) >= Characters.lineEnd(text, previous)) {
                break;
            }
            title = previous;
        }
        if (title == lineStart) {
            return null;
        }
        int cell = title;
        for (int c = 0; c < column; c++) {
            cell = cellEnd(text, cell, separator) + 1;
            if (cell >= Characters.lineEnd(text, title)) {
                return null;
            }
        }
        return text.substring(cell, cellEnd(text, cell, separator)).strip();
    }

    /** "| 4600 | 656 47 91 97 |": a table's cell padded with spaces after its pipe. */
    private static boolean paddedAfterPipe(String text, int start) {
        int i = start;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i > 0 && text.charAt(i - 1) == '|';
    }

    /** The separator of the row's cells before {@code start}, the last one there is, or 0. */
    private static char separatorBefore(String text, int lineStart, int start) {
        for (int i = start - 1; i >= lineStart; i--) {
            if (CELL_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    /** The separator that closes the cell at {@code start}, the first one on its line outside double quotes, or 0. */
    private static char separatorAfter(String text, int start) {
        boolean quoted = false;
        int end = Characters.lineEnd(text, start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            quoted ^= c == '"';
            if (!quoted && CELL_SEPARATORS.indexOf(c) >= 0) {
                return c;
            }
        }
        return 0;
    }

    /** Which column {@code start} stands in: the separators before it on its line outside double quotes. */
    private static int column(String text, int lineStart, int start, char separator) {
        int column = 0;
        boolean quoted = false;
        for (int i = lineStart; i < start; i++) {
            char c = text.charAt(i);
            quoted ^= c == '"';
            column += c == separator && !quoted ? 1 : 0;
        }
        return column;
    }

    /** Where the cell at {@code start} ends: at the next separator outside double quotes, or its line's end. */
    private static int cellEnd(String text, int start, char separator) {
        boolean quoted = false;
        int end = Characters.lineEnd(text, start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            quoted ^= c == '"';
            if (c == separator && !quoted) {
                return i;
            }
        }
        return end;
    }

    /**
     * Where the number that fills the field from {@code start} to {@code end} ends, trailing spaces left out, or -1
     * where the field holds anything but a number's digits and marks, too few or too many digits, or a date.
     */
    private static int numberEnd(String text, int start, int end) {
        while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        int digits = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Scan.isDigit(c)) {
                digits++;
            } else if (NUMBER_MARKS.indexOf(c) < 0 || c == '+' && i > start) {
                return -1;
            }
        }
        boolean yearFirst = end - start == 10 && (text.startsWith("19", start) || text.startsWith("20", start))
                && "-/.".indexOf(text.charAt(start + 4)) >= 0;
        return digits >= MIN_DIGITS && digits <= MAX_DIGITS && Scan.isDigit(text.charAt(end - 1))
                && !PhoneDetector.isDate(text, start, end) && !yearFirst ? end : -1;
    }

    /** The number's E.164 where libphonenumber reads one, of a country its line names or of Finland, else its digits. */
    String value(String text, int start, int end) {
        var written = text.substring(start, end);
        var dialled = written.startsWith("+") || written.startsWith("0") || written.startsWith("(0") ? PhoneDetector.e164(written) : null;
        if (dialled != null) {
            return dialled;
        }
        var digits = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            if (Scan.isDigit(written.charAt(i))) {
                digits.append(written.charAt(i));
            }
        }
        if (written.startsWith("+")) {
            return "+" + digits;
        }
        var regions = new ArrayList<>(RegionsNamed.onLine(text, start));
        regions.add(PhoneDetector.DEFAULT_REGION);
        for (var region : regions) {
            var number = GroupedNumber.parse(numbers, digits.toString(), region);
            if (number != null && numbers.isValidNumberForRegion(number, region)) {
                return "+" + number.getCountryCode() + number.getNationalNumber();
            }
        }
        return digits.toString();
    }
}
