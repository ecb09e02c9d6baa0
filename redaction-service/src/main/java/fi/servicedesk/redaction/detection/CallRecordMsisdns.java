package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A subscriber's number as call detail records, call itemisations and SMS gateways' delivery reports write it (R5.3,
 * R8.2): the whole international number, country code first, with no "+" ("358417642720", "5511950888546"). A run of
 * digits so written is a phone only where its record says it holds one — in a column titled for one of the call's ends
 * ("aika;A-numero;B-numero" over "…;358417642720;37251538608;…"), after a label of one of the call's ends that opens its
 * field ("| A 27824761485 | B 250783485650 |", "Caller: 4791234567") or a key of one before "=" ("from=4791234567"), or
 * on either side of the arrow from the caller to the called ("19:26:54 37491309538 → 34625582244"), or as the other end
 * of a message log's line, the arrow of the message's way after its time and the message after a colon ("09:48:30 →
 * 905389406127: Muistutus…", "11:50:31 ← 905389406127: PERU"), or right after the word of a notice sent to it, as a
 * courier's route log writes where it told the recipient of a missed delivery ("EI KOTONA, ilmoitus 358441532778",
 * "ej hemma, avisering 46701234567") — and where it is a
 * valid number read with a "+" before it. An ICCID, an IMEI or an IMSI, an order's or an invoice's number has a column
 * or a label of its own, and stays kept.
 */
final class CallRecordMsisdns {

    /** Titles and labels of a call's or message's ends, lower case, "_" and " " as "-": "A-numero", "b_number". */
    private static final Set<String> CALL_ENDS = Set.of("a-numero", "b-numero", "a-number", "b-number", "a-nummer",
            "b-nummer", "anumero", "bnumero", "anumber", "bnumber", "a-party", "b-party", "msisdn", "caller", "called",
            "calling", "callee", "calling-number", "called-number", "from", "to", "src", "dst", "sender", "recipient",
            "soittaja", "lähettäjä", "vastaanottaja", "avsändare", "mottagare", "uppringare");
    /** The ends as one letter, a label only where it opens its field: "A 27824761485". */
    private static final Set<String> PARTY_LETTERS = Set.of("a", "b");
    /**
     * The words of a notice sent to a number, in lower case: "ilmoitus", "avisering", "notified". A "notice" alone is a
     * document with a number of its own ("Penalty Charge Notice 4682562664").
     */
    private static final Set<String> NOTICE_WORDS = Set.of("ilmoitus", "ilmoitettu", "avisering", "aviserad",
            "aviserat", "notified", "notification");
    /** What an itemisation draws between the caller's number and the called one. */
    private static final List<String> ARROWS = List.of("→", "->");
    private static final String CELL_SEPARATORS = ";,\t|";
    /**
     * No big country's code and number is shorter ("+354 773 9643" has ten digits), and E.164 allows fifteen; a small
     * one's are shorter ("+298 772 985", the Faroes, "+299 50 53 22", Greenland), read as one only where a message
     * log's line places them, no other number so.
     */
    private static final int MIN_DIGITS = 10;
    private static final int MIN_DIGITS_ON_A_MESSAGE_LOG_LINE = 7;
    private static final int MAX_DIGITS = 15;
    /** Marks that join a run of digits to a code, an amount or a path around it. */
    private static final String JOINING_MARKS = "+.-/_%#@";
    private static final String UNKNOWN_REGION = "ZZ";

    private final PhoneNumberUtil numbers;

    CallRecordMsisdns(PhoneNumberUtil numbers) {
        this.numbers = numbers;
    }

    void find(Text message, List<Finding> findings) {
        var s = message.value();
        for (int run = 0; run < message.digitRunCount(); run++) {
            int start = message.digitRun(run);
            int end = bareRunEnd(s, start, MIN_DIGITS_ON_A_MESSAGE_LOG_LINE);
            if (end > 0 && (end - start >= MIN_DIGITS && (afterCallEndsLabel(s, start) || afterNoticeWord(s, start)
                    || inCallEndsColumn(s, start, end) || besideArrow(s, start, end))
                    || MessageLogLines.addressedAt(s, start, end))) {
                var value = validWithPlus(s.substring(start, end));
                if (value != null) {
                    NumbersInPhoneFields.add(findings, start, end, value);
                }
            }
        }
    }

    /** Where the run of ten to fifteen digits at {@code start}, no zero first and joined to nothing, ends; or -1. */
    private static int bareRunEnd(String text, int start) {
        return bareRunEnd(text, start, MIN_DIGITS);
    }

    /** As {@link #bareRunEnd(String, int)}, the run at least {@code minDigits} long. */
    private static int bareRunEnd(String text, int start, int minDigits) {
        if (text.charAt(start) == '0' || start > 0 && joins(text.charAt(start - 1))) {
            return -1;
        }
        int end = start;
        while (end < text.length() && Scan.isDigit(text.charAt(end))) {
            end++;
        }
        if (end - start < minDigits || end - start > MAX_DIGITS) {
            return -1;
        }
        boolean joinedAfter = end < text.length() && (joins(text.charAt(end))
                || ".,:".indexOf(text.charAt(end)) >= 0 && end + 1 < text.length() && Scan.isDigit(text.charAt(end + 1)));
        return joinedAfter ? -1 : end;
    }

    private static boolean joins(char c) {
        return Characters.isLetterOrNumber(c) || JOINING_MARKS.indexOf(c) >= 0;
    }

    /**
     * "from=4791234567" anywhere; "| A 27824761485", "A-numero: 358…", "Caller 4791234567" where the label opens its
     * line or a record's field.
     */
    private static boolean afterCallEndsLabel(String text, int start) {
        int i = start;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        boolean keyed = i == start && i > 0 && text.charAt(i - 1) == '=';
        if (i > 0 && (text.charAt(i - 1) == '=' || text.charAt(i - 1) == ':')) {
            i--;
        } else if (i == start) {
            return false;
        }
        int labelEnd = i;
        while (i > 0 && (Characters.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '-' || text.charAt(i - 1) == '_')) {
            i--;
        }
        var label = text.substring(i, labelEnd).toLowerCase(Locale.ROOT).replace('_', '-');
        if (keyed) {
            return CALL_ENDS.contains(label) && (i == 0 || !Characters.isLetterOrNumber(text.charAt(i - 1)));
        }
        return (CALL_ENDS.contains(label) || PARTY_LETTERS.contains(label)) && opensField(text, i);
    }

    /** "ilmoitus 358441532778": a notice's word ({@link #NOTICE_WORDS}), whole, and one space right before the run. */
    private static boolean afterNoticeWord(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int wordStart = Characters.wordStart(text, start - 1);
        return NOTICE_WORDS.contains(text.substring(wordStart, start - 1).toLowerCase(Locale.ROOT));
    }

    /** Whether {@code i} opens its line or a record's field: a cell's separator, maybe padded, before it. */
    static boolean opensField(String text, int i) {
        int j = i;
        while (j > 0 && text.charAt(j - 1) == ' ') {
            j--;
        }
        return j == 0 || text.charAt(j - 1) == '\n' || CELL_SEPARATORS.indexOf(text.charAt(j - 1)) >= 0;
    }

    /** "…;358417642720;…" under "…;A-numero;…": the cell whole, under a title of a call's end. */
    private static boolean inCallEndsColumn(String text, int start, int end) {
        if (!opensField(text, start) || !closesField(text, end)) {
            return false;
        }
        return namesACallEnd(PhonesInRecords.columnTitle(text, start));
    }

    /** Whether a column's title, or null, names a call's or message's end ("A-numero", "b_number"). */
    static boolean namesACallEnd(String title) {
        return title != null && CALL_ENDS.contains(title.replace("\"", "").toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-'));
    }

    private static boolean closesField(String text, int end) {
        int j = end;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\r')) {
            j++;
        }
        return j == text.length() || text.charAt(j) == '\n' || CELL_SEPARATORS.indexOf(text.charAt(j)) >= 0;
    }

    /** "37491309538 → 34625582244", "35824755194 -> 380679203364": a bare run on each side of the arrow. */
    private static boolean besideArrow(String text, int start, int end) {
        int after = arrowAt(text, skipSpaces(text, end));
        if (after > 0) {
            int next = skipSpaces(text, after);
            if (next < text.length() && Scan.isDigit(text.charAt(next)) && bareRunEnd(text, next) > 0) {
                return true;
            }
        }
        int before = start;
        while (before > 0 && text.charAt(before - 1) == ' ') {
            before--;
        }
        for (var arrow : ARROWS) {
            if (before >= arrow.length() && text.startsWith(arrow, before - arrow.length())) {
                int previousEnd = before - arrow.length();
                while (previousEnd > 0 && text.charAt(previousEnd - 1) == ' ') {
                    previousEnd--;
                }
                int previousStart = previousEnd;
                while (previousStart > 0 && Scan.isDigit(text.charAt(previousStart - 1))) {
                    previousStart--;
                }
                return previousStart < previousEnd && bareRunEnd(text, previousStart) == previousEnd;
            }
        }
        return false;
    }

    /** Where the arrow at {@code i} ends, or -1 where none stands there. */
    private static int arrowAt(String text, int i) {
        for (var arrow : ARROWS) {
            if (text.startsWith(arrow, i)) {
                return i + arrow.length();
            }
        }
        return -1;
    }

    private static int skipSpaces(String text, int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j;
    }

    /** E.164 of the digits read with a "+" before them, where the plan holds that number valid; else null. */
    private String validWithPlus(String digits) {
        try {
            var number = numbers.parse("+" + digits, UNKNOWN_REGION);
            return numbers.isValidNumber(number) ? numbers.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }
}
