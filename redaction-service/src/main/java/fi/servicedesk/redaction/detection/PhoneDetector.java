package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Phone numbers of every country as typed (R5.3, R8.2): Finnish by default, any region after
 * {@code +} or {@code 00}. A candidate must start as a dialled number does ({@code +}, {@code 0}
 * or {@code (0}), which keeps order numbers, prices, versions and dates out; libphonenumber then
 * decides. Its matcher, {@link PhoneNumberUtil#findNumbers}, costs 20–70 µs even on a short span
 * (its pattern is built for any text), a whole message's budget many times over, so the shapes
 * nearly every number has — digits, spaces, hyphens, parentheses around an area code — are
 * turned into a {@code PhoneNumber} here and given to the same checks findNumbers applies
 * ({@link Leniency#VALID} for a national number, {@link Leniency#POSSIBLE} after {@code +} or
 * {@code 00} or where the number is {@link #writtenAsLandline}); any other shape goes to
 * findNumbers itself. PhoneDetectorTest checks on random candidates that both answer alike. A run of several numbers is split at the longest number.
 * Where the Finnish reading fails, a candidate may still be another country's number in its national form
 * ({@link ForeignNationalNumbers}); North American numbers, which open with no zero, are looked for apart
 * ({@link NorthAmericanNumbers}), and so are the national forms that open with no zero, with a phone's cue
 * ({@link NationalFormsWithoutZero}). A grouped run that none of them reads is still a phone where its line names a
 * country that holds it ({@link NumbersOfNamedPlaces}) or a strong cue stands right before it
 * ({@link StronglyCuedNumbers}), or it stands in a field that holds a phone: a log's phone key, a phone's label, a call
 * record's number ({@link NumbersInPhoneFields}), a structured record's phone field ({@link PhonesInRecords}); any country's national form is
 * one after a phone's cue where that country's plan holds it as a mobile, or after a strong cue ({@link NationalFormsAfterCues}).
 * A number read only in part is read whole where its whole run is some country's mobile ({@link NumbersReadInPart}). Chat's
 * odd groups with dots or slashes and the trunk-8 mobiles are read by {@link PhoneShapedNationalNumbers}, a number sent
 * in two messages by {@link NumbersTypedInPieces}. No number after a serial's, asset's, order's or ticket's label is a phone
 * ({@link PhoneCues#afterThingLabel}), nor a code keyed in after a bridge's number ({@link #dropKeyedCodes}), nor a number its
 * writer takes back ({@link NumbersTakenBack}), nor an organisation's own line ({@link SwitchboardNumbers}), nor a line
 * given beside the emergency number ({@link NonEmergencyLines}), nor one in a table's column titled for a thing
 * ({@link NumbersInThingColumns}), nor a card's number ({@link NumbersOnCards}), nor the
 * number an FAQ's answer tells its readers to call ({@link FaqCallNumbers}), nor a meter's reading or serial ({@link MeterNumbers}), nor a bridge's number in a meeting's dial-in list
 * ({@link DialInNumbers}), nor an HL7 message's identifier ({@link Hl7Identifiers}), nor a register's number after its
 * country's letters ({@link NumbersAfterCountryLetters}: an ear tag's "FI 03599 9106 711"). A bare number closing a person's entry in a list of phones is one
 * ({@link NumbersInPhoneLists}).
 */
public final class PhoneDetector implements Detector {

    static final String DEFAULT_REGION = "FI";
    private static final int MIN_DIGITS = 6;
    /** The fewest digits of a record's number padded with zeros ("0000244"); {@link #dropZeroPaddedIds}. */
    private static final int PADDED_ID_DIGITS = 7;
    /** The old pattern's {@code [0-9 ()/-]{5,24}[0-9]} after the opening: at most 25 characters. */
    private static final int MAX_BODY = 25;
    private static final int MIN_BODY = 6;
    /** The fewest digits that may go on a valid number on the next line: a list's "2." does not. */
    private static final int MIN_CONTINUATION = 3;
    /** Longer than any number of the plan (E.164 allows 15 digits); such runs go to findNumbers. */
    private static final int MAX_DIGITS = 17;
    private static final int MAX_TRIES = 2;
    private static final String UNKNOWN_REGION = "ZZ";
    private static final int YEAR_DIGITS = 4;
    /** "0157025-9": a business id's seven digits, its hyphen and its check digit. */
    private static final int BUSINESS_ID_LENGTH = 9;
    /** The first digit of a Finnish landline's area code after the trunk zero: 02, 03, 05, 06, 08, 09, 013–019. */
    private static final String AREA_CODES = "1235689";
    /** The region of +800, +882 and other codes of no country, which has no trunk prefix. */
    private static final String NON_GEOGRAPHIC = "001";

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    /** 358, looked up once: every lookup of a region's metadata builds the name of its file. */
    private static final int DEFAULT_COUNTRY_CODE = NUMBERS.getCountryCodeForRegion(DEFAULT_REGION);
    private static final NationalNumbers NATIONAL = new NationalNumbers(NUMBERS, DEFAULT_COUNTRY_CODE);
    private static final ForeignNationalNumbers FOREIGN = new ForeignNationalNumbers(NUMBERS);
    private static final NorthAmericanNumbers NORTH_AMERICAN = new NorthAmericanNumbers(NUMBERS);
    private static final NationalFormsWithoutZero WITHOUT_ZERO = new NationalFormsWithoutZero(NUMBERS);
    private static final NumbersOfNamedPlaces NAMED_PLACES = new NumbersOfNamedPlaces(NUMBERS);
    private static final StronglyCuedNumbers STRONGLY_CUED = new StronglyCuedNumbers(NUMBERS);
    private static final NumbersAfterARole AFTER_ROLE = new NumbersAfterARole(STRONGLY_CUED, NUMBERS);
    private static final NumbersInPhoneFields PHONE_FIELDS = new NumbersInPhoneFields(NUMBERS);
    private static final PhonesInRecords RECORDS = new PhonesInRecords(NUMBERS);
    private static final CallRecordMsisdns CALL_RECORDS = new CallRecordMsisdns(NUMBERS);
    private static final NumbersInPhoneLists IN_LISTS = new NumbersInPhoneLists(RECORDS);
    private static final NationalFormsAfterCues AFTER_CUES = new NationalFormsAfterCues(NUMBERS);
    private static final NumbersReadInPart READ_IN_PART = new NumbersReadInPart(AFTER_CUES);
    private static final PhoneShapedNationalNumbers ODD_GROUPS = new PhoneShapedNationalNumbers(NUMBERS, AFTER_CUES);
    private static final NumbersTypedInPieces IN_PIECES = new NumbersTypedInPieces(NUMBERS, AFTER_CUES);
    /**
     * A date that opens a line, year first or the day and the month's name before the year: "2027-07-26T21:00:13|…",
     * "14 January 2027 | …"; no number goes on so.
     */
    private static final Pattern DATE_OPENING = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.? \\p{L}{3,} \\d{4}(?!\\d)");
    /** Mexico, whose mobiles were dialled from abroad with a "1" after the code until 2019: "+52 1 33 0005 9192". */
    private static final int MEXICO = 52;
    private static final String OLD_MEXICAN_MOBILE = "1";
    private static final int MEXICAN_NATIONAL_DIGITS = 10;
    /** The mail headers that name the program that sent the mail (RFC 2076): their values are its name and version. */
    private static final List<String> MAIL_PROGRAM_HEADERS = List.of("X-Mailer:", "User-Agent:");
    /** Each region's {@link #trunkPrefix}, looked up once (at most one entry a region of the plan). */
    private static final Map<String, String> TRUNK_PREFIXES = new ConcurrentHashMap<>();
    /** Country codes have at most three digits. */
    private static final int COUNTRY_CODES = 1000;
    /** The shortest group of an id printed in equal long groups ({@link #continuesEqualGroups}). */
    private static final int MIN_LONG_GROUP = 5;
    private static final byte UNASKED = 0;
    private static final byte POSSIBLE = 1;
    private static final byte IMPOSSIBLE = 2;
    /** {@link #possibleLength}'s answers, by country code and the national number's length. */
    private static final byte[] POSSIBLE_LENGTHS = new byte[COUNTRY_CODES * (MAX_DIGITS + 1)];

    @Override
    public void find(Text message, List<Finding> findings) {
        if (message.digits() < MIN_DIGITS) {
            return;
        }
        int first = findings.size();
        if (message.has('0') || message.has('+')) {
            findDialled(message, findings);
            takeInCountryCodesBrackets(message.value(), findings, first);
        }
        findTypedWithLetterO(message, findings, first);
        NORTH_AMERICAN.find(message, findings);
        WITHOUT_ZERO.find(message, findings);
        NAMED_PLACES.find(message, findings);
        STRONGLY_CUED.find(message, findings);
        AFTER_ROLE.find(message, findings);
        PHONE_FIELDS.find(message, findings);
        RECORDS.find(message, findings);
        CALL_RECORDS.find(message, findings);
        AFTER_CUES.find(message, findings);
        ODD_GROUPS.find(message, findings);
        IN_PIECES.find(message, findings);
        READ_IN_PART.find(message, findings, first);
        IN_LISTS.find(message, findings);
        dropThingsNumbers(message.value(), findings, first);
        dropZeroPaddedIds(message.value(), findings, first);
        dropKeyedCodes(message.value(), findings, first);
        dropMailProgramsVersions(message.value(), findings, first);
        dropNumbersOfAYear(message.value(), findings, first);
        dropBusinessIds(message.value(), findings, first);
        NumbersTakenBack.drop(message.value(), findings, first);
        SwitchboardNumbers.drop(message.value(), findings, first);
        NumbersGivenAsOurs.drop(message.value(), findings, first);
        CodesSentToANumber.drop(message.value(), findings, first);
        NonEmergencyLines.drop(message.value(), findings, first);
        NumbersInThingColumns.drop(message.value(), findings, first);
        NumbersOnCards.drop(message.value(), findings, first);
        FaqCallNumbers.drop(message.value(), findings, first);
        NumbersSentTextsAskToCall.drop(message.value(), findings, first);
        MeterNumbers.drop(message.value(), findings, first);
        DialInNumbers.drop(message.value(), findings, first);
        Hl7Identifiers.drop(message.value(), findings, first);
        NumbersAfterCountryLetters.drop(message.value(), findings, first);
        NumbersClosingASubject.drop(message.value(), findings, first);
    }

    /**
     * "O40 731 0714", "+358 4O 328 2936": a dialled number with the letter O typed for a zero, read in a copy with the
     * O as 0 ({@link ZerosTypedAsLetterO}); kept only where the plan holds it valid, in place of any part of it read before.
     */
    private static void findTypedWithLetterO(Text message, List<Finding> findings, int first) {
        var zeros = ZerosTypedAsLetterO.readAsZeros(message);
        if (zeros == null) {
            return;
        }
        var read = new ArrayList<Finding>();
        findDialled(Text.of(zeros), read);
        for (var number : read) {
            if (ZerosTypedAsLetterO.holdsOne(message.value(), number.start(), number.end()) && valid(number.value())) {
                findings.subList(first, findings.size()).removeIf(part -> part.overlaps(number));
                findings.add(number);
            }
        }
    }

    /**
     * "0800 138 2915,,142032975#", "Neuvottelutunnus: 142 032 975#": what is keyed in after a bridge's number is
     * dialled — the conference id after the commas that make the phone wait, any code closed by "#" — is no phone.
     */
    private static void dropKeyedCodes(String text, List<Finding> findings, int first) {
        for (int i = findings.size() - 1; i >= first; i--) {
            var finding = findings.get(i);
            // A pause follows the bridge's number: ",," after a table's empty cell ("…,/Staff/IT,,0995 98 83 98") is none.
            boolean afterPause = finding.start() > 2 && text.startsWith(",,", finding.start() - 2)
                    && Scan.isDigit(text.charAt(finding.start() - 3));
            boolean keyed = finding.end() < text.length() && text.charAt(finding.end()) == '#';
            if (text.charAt(finding.start()) != '+' && (afterPause || keyed)) {
                findings.remove(i);
            }
        }
    }

    /**
     * "X-Mailer: Apple Mail (2.7428.711.9.8)", "User-Agent: Mutt/2.2.17 (0578-06-40)": the header that names the program
     * that sent a mail holds its version and build, never a phone.
     */
    private static void dropMailProgramsVersions(String text, List<Finding> findings, int first) {
        for (int i = findings.size() - 1; i >= first; i--) {
            int lineStart = Characters.lineStart(text, findings.get(i).start());
            for (var header : MAIL_PROGRAM_HEADERS) {
                if (text.regionMatches(true, lineStart, header, 0, header.length())) {
                    findings.remove(i);
                    break;
                }
            }
        }
    }

    /**
     * "SN 09-968810", "tilaus 040 123 4567": a serial's, order's or ticket's number, however it is written, is no phone.
     * A number after "+" is one whatever stands before it: no serial is written so; nor is one in a record's phone field.
     */
    private static void dropThingsNumbers(String text, List<Finding> findings, int first) {
        for (int i = findings.size() - 1; i >= first; i--) {
            int start = findings.get(i).start();
            if (text.charAt(start) != '+' && PhoneCues.afterThingLabel(text, start) && !PhonesInRecords.inPhoneField(text, start)) {
                findings.remove(i);
            }
        }
    }

    /**
     * "CSAT follow-up (00087756)", "Reklamation 00531050": seven or eight digits in one run that open with "00" are a
     * record's number padded with zeros. No dialled number is so short: after the international prefix every country's
     * code and number take nine digits or more.
     */
    private static void dropZeroPaddedIds(String text, List<Finding> findings, int first) {
        for (int i = findings.size() - 1; i >= first; i--) {
            var number = findings.get(i);
            int length = number.end() - number.start();
            if (length >= PADDED_ID_DIGITS && length <= PADDED_ID_DIGITS + 1 && text.startsWith("00", number.start())
                    && NumbersInPhoneFields.allDigits(text, number.start(), number.end())) {
                findings.remove(i);
            }
        }
    }

    /**
     * "(+358) 45 622 7533", "(+57) 302-4831313": a country code written in brackets is the number's, its opening bracket
     * too, where the closing one stands inside the number.
     */
    private static void takeInCountryCodesBrackets(String text, List<Finding> findings, int first) {
        for (int i = first; i < findings.size(); i++) {
            var number = findings.get(i);
            int start = number.start();
            if (start > 0 && text.charAt(start) == '+' && text.charAt(start - 1) == '(' && text.indexOf(')', start) > start
                    && text.indexOf(')', start) < number.end()) {
                findings.set(i, new Finding(number.type(), start - 1, number.end(), number.value()));
            }
        }
    }

    /** The numbers that open as a dialled number does, with {@code +}, {@code 00}, {@code 0} or {@code (0}. */
    private static void findDialled(Text message, List<Finding> findings) {
        var s = message.value();
        // Only where a number can open is tried: a "+", or a run of digits opening with "0" (or "(0"), after no
        // digit (mayStart's test of the character before), so at the start of one of Text's digit runs.
        int run = 0;
        int plus = s.indexOf('+');
        for (int i = 0; ; ) {
            while (run < message.digitRunCount() && (message.digitRun(run) < i || s.charAt(message.digitRun(run)) != '0')) {
                run++;
            }
            while (plus >= 0 && plus < i) {
                plus = s.indexOf('+', i);
            }
            int zero = run == message.digitRunCount() ? -1 : message.digitRun(run);
            if (zero > i && s.charAt(zero - 1) == '(') {
                zero--;
            }
            int opening = zero < 0 ? plus : plus < 0 ? zero : Math.min(zero, plus);
            if (opening < 0) {
                return;
            }
            boolean mayStart = mayStart(s, opening);
            int end = mayStart ? candidateEnd(s, opening) : -1;
            if (end < 0) {
                // "041" and "7676850" on the next line: a part too short to be a candidate may open a wrapped number
                int wrapped = mayStart ? continuedOnNextLine(s, opening, digitsEnd(s, opening), findings) : -1;
                i = wrapped > 0 ? wrapped : opening + 1;
                continue;
            }
            // "(020296-2281)", "(040 123 4567)": a parenthesis closed only after the number encloses it, and is no part of it.
            if (s.charAt(opening) == '(' && s.lastIndexOf(')', end - 1) < opening) {
                opening++;
            }
            int wrapped = end < s.length() && s.charAt(end) == '\n' ? continuedOnNextLine(s, opening, end, findings) : -1;
            if (wrapped > 0) {
                i = wrapped;
                continue;
            }
            if (!isDate(s, opening, end) && !isDate(s, dayBefore(s, opening), end) && !numberOfAYear(s, opening, end)) {
                splitIntoNumbers(s, opening, end, findings);
            }
            i = end;
        }
    }

    /**
     * "Uusi numero on 040 956" and "8329" on the next line: a number the writer's or a mail program's line wrap broke.
     * The part before the line break is no valid number whole, or the next line opens with three digits or more and no
     * trunk zero (no number of its own, no list's item), the digits that open the next line complete it, and the whole is valid by the plan, not just
     * of a possible length. A next line that opens with a date ("2027-04-20;…", "14 January 2027 | …") is the next
     * record's, as a table's rows and a log's lines open. A CSV row's cell after its comma ends with its row: the next line is the next row
     * ("…,+4319888190" over "2027-W26,…"). Adds the number, the line break inside it; returns where it ends, or -1.
     */
    private static int continuedOnNextLine(String text, int start, int end, List<Finding> findings) {
        int next = end + 1;
        if (end >= text.length() || text.charAt(end) != '\n' || next >= text.length() || !Scan.isDigit(text.charAt(next))
                || start > 0 && text.charAt(start - 1) == ',') {
            return -1;
        }
        if (DATE_OPENING.matcher(text).region(next, text.length()).lookingAt()) {
            return -1;
        }
        boolean wholeBefore = valid(e164(text, start, end));
        int nextRun = digitsEnd(text, next) - next;
        if (wholeBefore && (text.charAt(next) == '0' && nextRun >= MIN_DIGITS || nextRun < MIN_CONTINUATION)) {
            return -1;
        }
        int limit = Math.min(text.length(), next + MAX_BODY);
        int last = -1;
        for (int i = next; i < limit && (Scan.isDigit(text.charAt(i)) || text.charAt(i) == ' ' || text.charAt(i) == '-'); i++) {
            last = Scan.isDigit(text.charAt(i)) && nothingJoinsAfter(text, i + 1) ? i + 1 : last;
        }
        if (last < 0) {
            return -1;
        }
        var joined = text.substring(start, end) + ' ' + text.substring(next, last);
        var value = wrappedValue(joined, wholeBefore);
        if (value == null) {
            return -1;
        }
        findings.add(new Finding(EntityType.PHONE, start, last, value));
        return last;
    }

    /**
     * E.164 of a number joined over a line break, or null: valid by the plan as Finnish or dialled after "+"; in the
     * national form of a country {@link ForeignNationalNumbers} reads ("087 369" and "0756", "06 51 71 00" and "01");
     * after "+" of a length its code allows where the part before the break is no valid number of its own ("+856 20
     * 0107" and "9458").
     */
    private static String wrappedValue(String joined, boolean wholeBefore) {
        var value = e164(joined);
        if (valid(value)) {
            return value;
        }
        if (!joined.startsWith("+")) {
            return joined.startsWith("00") ? null : FOREIGN.e164(joined, 0, joined.length());
        }
        // e164 gives a number after "+" only at a length its code allows
        return wholeBefore ? null : value;
    }

    /** Where the run of digits and spaces from {@code start} ends at its last digit: "041" of "041\n7676850". */
    private static int digitsEnd(String text, int start) {
        int end = start + 1;
        int last = end;
        while (end < text.length() && (Scan.isDigit(text.charAt(end)) || text.charAt(end) == ' ')) {
            end++;
            last = Scan.isDigit(text.charAt(end - 1)) ? end : last;
        }
        return last;
    }

    /** Whether the E.164 {@code value} is a number the plan holds valid, not just one of a possible length; false for null. */
    private static boolean valid(String value) {
        try {
            return value != null && NUMBERS.isValidNumber(NUMBERS.parse(value, UNKNOWN_REGION));
        } catch (NumberParseException e) {
            return false;
        }
    }

    private static boolean mayStart(String text, int i) {
        char c = text.charAt(i);
        boolean opens = c == '+' || c == '0' || c == '(' && i + 1 < text.length() && text.charAt(i + 1) == '0';
        return opens && (Characters.notAfterWord(text, i, "+./:,-_") || followsFieldSeparator(text, i))
                && !(c != '+' && (continuesGroupsOfFour(text, i) || continuesEqualGroups(text, i))) && !isEInvoiceAddress(text, i) && !followsNorthAmericanAreaCode(text, i);
    }

    /**
     * "(800) 024-5917": the exchange after a North American area code in parentheses, which opens with 2–9 where a
     * Finnish area code in parentheses opens with 0; {@link NorthAmericanNumbers} reads the whole.
     */
    private static boolean followsNorthAmericanAreaCode(String text, int i) {
        int close = i > 0 && text.charAt(i - 1) == ' ' ? i - 2 : i - 1;
        return close >= 4 && text.charAt(close) == ')' && text.charAt(close - 4) == '('
                && text.charAt(close - 3) >= '2' && text.charAt(close - 3) <= '9'
                && Scan.isDigit(text.charAt(close - 2)) && Scan.isDigit(text.charAt(close - 1));
    }

    /**
     * "Brook,Hazel,+44 7700 900123", "TEL;TYPE=CELL:+358 41 201 0856", "puh:0401234567": a comma or colon right after a
     * letter separates a table's fields or a label from its value, not a number's decimals or a time's minutes; so does
     * a comma after a quoted cell ("\"Brook, Hazel\",+44 7700 900123") or after a cell that holds an id of letters and
     * digits ("REQ1,040 555 1234", "INC0012,+358 …"), which no number with decimals is.
     */
    private static boolean followsFieldSeparator(String text, int i) {
        if (i < 2 || text.charAt(i - 1) != ',' && text.charAt(i - 1) != ':') {
            return false;
        }
        char before = text.charAt(i - 2);
        return Characters.isLetter(before) || text.charAt(i - 1) == ',' && (before == '"' || followsAnId(text, i - 1));
    }

    /** Whether the word that ends at {@code end} mixes letters and digits: an id's cell ("REQ1", "A1"), no amount. */
    private static boolean followsAnId(String text, int end) {
        int i = end;
        boolean letter = false;
        while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            letter |= Characters.isLetter(text.charAt(--i));
        }
        return letter && Scan.isDigit(text.charAt(end - 1));
    }

    /**
     * A Finnish e-invoice address (OVT): 0037, a business ID with its check digit and up to five characters of the
     * recipient's unit, "003759598537" — not a number dialled to +375.
     */
    private static boolean isEInvoiceAddress(String text, int i) {
        if (!text.startsWith("0037", i) || i + 12 > text.length()) {
            return false;
        }
        int end = i + 12;
        for (int j = i + 4; j < end; j++) {
            if (!Scan.isDigit(text.charAt(j))) {
                return false;
            }
        }
        int unit = end;
        while (unit < text.length() && unit - end < 5 && Characters.isLetterOrNumber(text.charAt(unit))) {
            unit++;
        }
        return (unit == text.length() || !Characters.isLetterOrNumber(text.charAt(unit))) && Checksums.businessId(text, i + 4);
    }

    /**
     * The end of the longest candidate opening at {@code start} — digits, spaces, parentheses,
     * slashes and hyphens, ending with a digit that no letter, number or decimal part follows — or -1.
     */
    private static int candidateEnd(String text, int start) {
        int bodyStart = start + (text.charAt(start) == '(' ? 2 : 1);
        int limit = Math.min(text.length(), bodyStart + MAX_BODY);
        int runEnd = bodyStart;
        boolean dotted = false;
        boolean spaced = false;
        for (; runEnd < limit; runEnd++) {
            char c = text.charAt(runEnd);
            // A number is written with dots or with the other separators, never both ("03.12.2026 08.14" is a time).
            if (opensColumnGap(text, runEnd)) {
                break;
            } else if (separatesDottedGroups(text, runEnd) && !spaced) {
                dotted = true;
            } else if (isCandidateChar(c) && !(dotted && !Scan.isDigit(c))) {
                spaced |= !Scan.isDigit(c);
            } else {
                break;
            }
        }
        for (int end = runEnd; end >= bodyStart + MIN_BODY; end--) {
            if (Scan.isDigit(text.charAt(end - 1)) && nothingJoinsAfter(text, end)) {
                return end;
            }
        }
        return -1;
    }

    /**
     * "+46 70 491 6190     070 491 6190": two spaces or more part a text table's columns, never a number's groups, so
     * the number in the next column is a candidate of its own and not the tail of this one.
     */
    private static boolean opensColumnGap(String text, int i) {
        return text.charAt(i) == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ';
    }

    /**
     * Where the day of a date opens that ends with the candidate at {@code opening} ("12 03 2026" holds "03 2026", which
     * opens as a Finnish landline): one or two digits and a separator before it; else {@code opening}.
     */
    private static int dayBefore(String text, int opening) {
        int day = opening - 1;
        if (day < 1 || " -/".indexOf(text.charAt(day)) < 0) {
            return opening;
        }
        int digits = 0;
        while (day > 0 && Scan.isDigit(text.charAt(day - 1)) && digits < 3) {
            day--;
            digits++;
        }
        return digits >= 1 && digits <= 2 && Characters.notAfterWord(text, day, "") ? day : opening;
    }

    /**
     * "Matkalasku 05/2026", "Tarjouspyyntö 043/2026", "Rechnung 0232/16": a month, or a document's number in its year,
     * over a slash; a phone's last group after a slash is never a year alone.
     */
    static boolean numberOfAYear(String text, int start, int end) {
        int slash = text.lastIndexOf('/', end - 1);
        if (slash <= start || !NumbersInPhoneFields.allDigits(text, start, slash) || !NumbersInPhoneFields.allDigits(text, slash + 1, end)) {
            return false;
        }
        int year = end - slash - 1;
        return year == 2 || year == 4 && (text.startsWith("19", slash + 1) || text.startsWith("20", slash + 1));
    }

    /**
     * "Dnro 0503/161/2026", "hakemus 033/1111/2026": a registry's number in groups over slashes, closed by its year,
     * whether the number read holds the year or stops at its slash.
     */
    private static void dropNumbersOfAYear(String text, List<Finding> findings, int first) {
        for (int i = findings.size() - 1; i >= first; i--) {
            var finding = findings.get(i);
            int end = finding.end();
            int yearEnd = end + 1 + YEAR_DIGITS;
            boolean yearAfter = yearEnd <= text.length() && text.charAt(end) == '/' && isYear(text, end + 1)
                    && (yearEnd == text.length() || !Characters.isLetterOrNumber(text.charAt(yearEnd)));
            boolean yearLast = end - finding.start() > YEAR_DIGITS + 1 && text.charAt(end - YEAR_DIGITS - 1) == '/'
                    && isYear(text, end - YEAR_DIGITS) && text.indexOf('/', finding.start()) < end - YEAR_DIGITS - 1;
            if ((yearAfter || yearLast) && slashedDigits(text, finding.start(), end)) {
                findings.remove(i);
            }
        }
    }

    /**
     * "FO-nummer 0157025-9": seven digits, a hyphen and the check digit of a business id ({@link Checksums#businessId}),
     * as a firm's id is written with or without its label; a phone is never grouped so.
     */
    private static void dropBusinessIds(String text, List<Finding> findings, int first) {
        for (int i = findings.size() - 1; i >= first; i--) {
            var finding = findings.get(i);
            int start = finding.start();
            boolean shaped = finding.end() - start == BUSINESS_ID_LENGTH && text.charAt(start + BUSINESS_ID_LENGTH - 2) == '-'
                    && NumbersInPhoneFields.allDigits(text, start, start + BUSINESS_ID_LENGTH - 2)
                    && Scan.isDigit(text.charAt(start + BUSINESS_ID_LENGTH - 1));
            if (shaped && Checksums.businessId(text.substring(start, start + BUSINESS_ID_LENGTH - 2) + text.charAt(finding.end() - 1), 0)) {
                findings.remove(i);
            }
        }
    }

    /** Four digits of a year of this or the last century at {@code i}. */
    private static boolean isYear(String text, int i) {
        return (text.startsWith("19", i) || text.startsWith("20", i)) && NumbersInPhoneFields.allDigits(text, i, i + YEAR_DIGITS);
    }

    /** Whether {@code text[start, end)} is groups of digits parted by slashes alone. */
    private static boolean slashedDigits(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Scan.isDigit(text.charAt(i)) && text.charAt(i) != '/') {
                return false;
            }
        }
        return true;
    }

    /** "05-11-2026", "09 12 2026", "01/02/2026": day, month and a year of this or the last century, one separator. */
    static boolean isDate(String text, int start, int end) {
        // Where the day, month and year open: three groups, in locals (an array here was one allocation per number read).
        int day = 0;
        int month = 0;
        int year = 0;
        int count = 0;
        char separator = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Scan.isDigit(c)) {
                if (i == start || !Scan.isDigit(text.charAt(i - 1))) {
                    switch (count++) {
                        case 0 -> day = i;
                        case 1 -> month = i;
                        case 2 -> year = i;
                        default -> {
                            return false;
                        }
                    }
                }
            } else if (separator == 0 || c == separator) {
                separator = c;
            } else {
                return false;
            }
        }
        if (count != 3 || end - year != 4) {
            return false;
        }
        int dayLength = month - day - 1;
        int monthLength = year - month - 1;
        boolean century = text.startsWith("19", year) || text.startsWith("20", year);
        return dayLength <= 2 && monthLength <= 2 && century;
    }

    private static boolean isCandidateChar(char c) {
        return Scan.isDigit(c) || c == ' ' || c == '(' || c == ')' || c == '/' || c == '-';
    }

    /**
     * "044.432.7904": a dot between groups of two to four digits, as numbers are also written; not a decimal point
     * ("0.5"), whose group before it is shorter, nor a version's, which opens with no zero and is no candidate.
     */
    private static boolean separatesDottedGroups(String text, int dot) {
        return text.charAt(dot) == '.' && digitsBefore(text, dot) >= 2 && digitsBefore(text, dot) <= 4
                && digitsAfter(text, dot) >= 2 && digitsAfter(text, dot) <= 4;
    }

    private static int digitsBefore(String text, int i) {
        int j = i;
        while (j > 0 && Scan.isDigit(text.charAt(j - 1))) {
            j--;
        }
        return i - j;
    }

    private static int digitsAfter(String text, int i) {
        int j = i + 1;
        while (j < text.length() && Scan.isDigit(text.charAt(j))) {
            j++;
        }
        return j - i - 1;
    }

    /** Not followed by a letter, a number or a decimal or time part (".5", ":30", ",00"). */
    private static boolean nothingJoinsAfter(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        if (Characters.isLetterOrNumber(c) || Character.isHighSurrogate(c)) {
            return false;
        }
        return !((c == '.' || c == ':' || c == ',') && end + 1 < text.length() && Scan.isDigit(text.charAt(end + 1)));
    }

    /**
     * True after "dddd " or an account's or reference's head ("RF51 ", "FI21 "): account numbers, card numbers and
     * creditor references are printed in groups of four ("RF51 0148 7425"), and a later group that starts with 0 is
     * not a phone; no such group opens with "+", so a number after "+" is one ("… 491 0384 +358 40 491 0384"). So too after the bank's code that follows the head of a British, Irish or Dutch account
     * ("IE32 AIBK 0151 6796 8226 37").
     */
    private static boolean continuesGroupsOfFour(String text, int i) {
        if (i < 5 || text.charAt(i - 1) != ' ') {
            return false;
        }
        int group = i - 5;
        if (isCapital(text.charAt(group)) && isCapital(text.charAt(group + 1)) && isCapital(text.charAt(group + 2))
                && isCapital(text.charAt(group + 3))) {
            return continuesGroupsOfFour(text, group);
        }
        boolean head = isCapital(text.charAt(group)) && isCapital(text.charAt(group + 1));
        for (int j = head ? group + 2 : group; j < i - 1; j++) {
            if (!Scan.isDigit(text.charAt(j))) {
                return false;
            }
        }
        return group == 0 || !(head ? Characters.isLetterOrNumber(text.charAt(group - 1)) : Scan.isDigit(text.charAt(group - 1)));
    }

    /**
     * True at the middle or the last of three groups of as many digits, five or more, the first opening with no trunk
     * zero: an id printed in equal long groups, as a Finnish metering point's 18 digits are ("643114 051419 403210").
     * Two such groups are not enough: an unspaced phone often follows a customer's id of its length ("Asiakas
     * 5012345678 0401234567").
     */
    private static boolean continuesEqualGroups(String text, int i) {
        if (i < 2 || text.charAt(i - 1) != ' ') {
            return false;
        }
        int length = digitsAfter(text, i - 1);
        int group = i - 1 - length;
        if (length < MIN_LONG_GROUP || digitsBefore(text, i - 1) != length) {
            return false;
        }
        boolean third = i + length < text.length() && text.charAt(i + length) == ' ' && digitsAfter(text, i + length) == length;
        if (third && opensEqualGroups(text, group)) {
            return true;
        }
        int first = group - 1 - length;
        return group >= 2 && text.charAt(group - 1) == ' ' && digitsBefore(text, group - 1) == length
                && opensEqualGroups(text, first);
    }

    /** Whether the group at {@code group} opens with no trunk zero and is no word's or number's part. */
    private static boolean opensEqualGroups(String text, int group) {
        return text.charAt(group) != '0' && (group == 0 || !Characters.isLetterOrNumber(text.charAt(group - 1)));
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static void splitIntoNumbers(String text, int start, int end, List<Finding> findings) {
        while (start < end) {
            int validEnd = -1;
            String e164 = null;
            for (int cut = end; cut > start && e164 == null; cut--) {
                boolean groupEnd = cut == end || !Scan.isDigit(text.charAt(cut));
                if (groupEnd && Scan.isDigit(text.charAt(cut - 1))) {
                    e164 = e164(text, start, cut);
                    if (e164 == null) {
                        e164 = text.charAt(start) == '+' ? oldMexicanMobile(text, start, cut) : FOREIGN.e164(text, start, cut);
                    }
                    validEnd = cut;
                }
            }
            if (e164 == null) {
                return;
            }
            findings.add(new Finding(EntityType.PHONE, start, validEnd, e164));
            start = nextNumberStart(text, validEnd, end);
        }
    }

    private static int nextNumberStart(String text, int from, int end) {
        int i = from;
        while (i < end && !(text.charAt(i) == '+' || text.charAt(i) == '0' || text.charAt(i) == '(')) {
            i++;
        }
        return i;
    }

    /** E.164 of the number written as {@code candidate}, or null when it is none. */
    public static String e164(String candidate) {
        return e164(candidate, 0, candidate.length());
    }

    /** E.164 of the number written as {@code text[start, end)}, or null when it is none. */
    static String e164(String text, int start, int end) {
        if (digits(text, start, end) < MIN_DIGITS) {
            return null;
        }
        var shape = Shape.of(text, start, end);
        if (shape == null) {
            return findNumber(text.substring(start, end));
        }
        return shape.international() ? international(text, start, end, shape.digits())
                : national(shape.digits(), writtenAsLandline(text.substring(start, end)));
    }

    /**
     * "(09) 9440474", "09 988 2727", "017-9956679": the area code of a Finnish landline in
     * parentheses, or set apart by a space or hyphen and followed by a group of at least three
     * digits (a date's month has two). Only a phone number is written so, whether or not the plan
     * holds its range as assigned, so such a number needs only the right length.
     */
    static boolean writtenAsLandline(String candidate) {
        if (candidate.startsWith("(0")) {
            return true;
        }
        int area = candidate.length() > 2 && candidate.charAt(1) == '1' ? 3 : 2;
        if (candidate.length() < area + 4 || candidate.charAt(0) != '0' || AREA_CODES.indexOf(candidate.charAt(1)) < 0
                || area == 3 && !Scan.isDigit(candidate.charAt(2))) {
            return false;
        }
        char separator = candidate.charAt(area);
        int group = area + 1;
        while (group < candidate.length() && Scan.isDigit(candidate.charAt(group))) {
            group++;
        }
        return (separator == ' ' || separator == '-') && group - area - 1 >= 3;
    }

    private static int digits(String text, int start, int end) {
        int count = 0;
        for (int i = start; i < end; i++) {
            if (Scan.isDigit(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /**
     * What findNumbers does with a national number at {@link Leniency#VALID} (valid for Finland),
     * or at {@link Leniency#POSSIBLE} when it is {@link #writtenAsLandline}.
     */
    private static String national(String digits, boolean landline) {
        return NATIONAL.accepted(Long.parseLong(digits), landline) ? "+" + DEFAULT_COUNTRY_CODE + digits : null;
    }

    /**
     * What findNumbers does after {@code +} or {@code 00} at {@link Leniency#POSSIBLE}: the right
     * length for the country code. Such a string is a phone number whether or not the plan
     * libphonenumber carries has assigned its range yet, and nothing else in a message is written so.
     * A trunk prefix after the code ("+46 (0)70", "+358 040", "001 1 …") goes to findNumbers, which
     * knows each country's rule for it.
     */
    private static String international(String text, int start, int end, String digits) {
        for (int codeLength = 1; codeLength <= 3 && codeLength < digits.length(); codeLength++) {
            int code = Integer.parseInt(digits, 0, codeLength, 10);
            var region = NUMBERS.getRegionCodeForCountryCode(code);
            if (!UNKNOWN_REGION.equals(region)) {
                var trunk = NON_GEOGRAPHIC.equals(region) ? "" : TRUNK_PREFIXES.computeIfAbsent(region, PhoneDetector::trunkPrefix);
                if (digits.charAt(codeLength) == '0' || !trunk.isEmpty() && digits.startsWith(trunk, codeLength)) {
                    return findNumber(text.substring(start, end));
                }
                // A country's trunk and carrier codes can make an impossible-looking string a number: findNumbers decides those.
                return possibleLength(code, digits.length() - codeLength) ? "+" + digits : findNumber(text.substring(start, end));
            }
        }
        // No country has this code; findNumbers has its own readings of such strings.
        return findNumber(text.substring(start, end));
    }

    /**
     * Whether the plan allows a national number of {@code length} digits after country code {@code code}, as
     * {@link PhoneNumberUtil#isPossibleNumber} answers: it reads only the code and the length of a number with no leading
     * zero (one after the code goes to findNumbers above), so its answer is asked once per code and length, not per number.
     */
    private static boolean possibleLength(int code, int length) {
        int slot = code * (MAX_DIGITS + 1) + length;
        byte known = POSSIBLE_LENGTHS[slot];
        if (known == UNASKED) {
            long lowest = 1;
            for (int d = 1; d < length; d++) {
                lowest *= 10;
            }
            var number = new Phonenumber.PhoneNumber().setCountryCode(code).setNationalNumber(lowest);
            known = NUMBERS.isPossibleNumber(number) ? POSSIBLE : IMPOSSIBLE;
            // Threads that race here write the same answer.
            POSSIBLE_LENGTHS[slot] = known;
        }
        return known == POSSIBLE;
    }

    /**
     * "+52 1 33 0005 9192": the "1" Mexico's mobiles took after the country code until 2019, still in address books and
     * signatures. The plan knows the number only without it, so findNumbers reads none of them; the number must be
     * valid without the 1, and is kept so. E.164 of it, or null.
     */
    private static String oldMexicanMobile(String text, int start, int end) {
        var shape = Shape.of(text, start, end);
        var prefix = String.valueOf(MEXICO) + OLD_MEXICAN_MOBILE;
        if (shape == null || !shape.international() || !shape.digits().startsWith(prefix)
                || shape.digits().length() != prefix.length() + MEXICAN_NATIONAL_DIGITS) {
            return null;
        }
        var number = new Phonenumber.PhoneNumber().setCountryCode(MEXICO)
                .setNationalNumber(Long.parseLong(shape.digits(), prefix.length(), shape.digits().length(), 10));
        return NUMBERS.isValidNumber(number) ? "+" + MEXICO + number.getNationalNumber() : null;
    }

    /** The region's trunk prefix, digits only, or "" where it has none. */
    private static String trunkPrefix(String region) {
        return Objects.requireNonNullElse(NUMBERS.getNddPrefixForRegion(region, true), "");
    }

    /** libphonenumber's own matcher on the candidate, for the shapes {@link Shape} leaves to it: the whole candidate or nothing. */
    static String findNumber(String candidate) {
        boolean lenient = candidate.startsWith("+") || candidate.startsWith("00") || writtenAsLandline(candidate);
        var leniency = lenient ? Leniency.POSSIBLE : Leniency.VALID;
        for (PhoneNumberMatch match : NUMBERS.findNumbers(candidate, DEFAULT_REGION, leniency, MAX_TRIES)) {
            if (match.start() == 0 && match.end() == candidate.length()) {
                return NUMBERS.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
            }
        }
        return null;
    }

    /**
     * A candidate in one of the common shapes: {@code +} or {@code 00} and digits, or a trunk
     * {@code 0} and digits (also {@code (0X)}); spaces and hyphens between, parentheses only
     * around the trunk zero's area code or the first group after the country code. {@code digits}
     * are the number's digits after the {@code +}, {@code 00} or trunk zero; null for any other shape.
     */
    private record Shape(boolean international, String digits) {

        static Shape of(String text, int start, int end) {
            boolean international;
            int i = start;
            if (text.charAt(i) == '+') {
                international = true;
                i++;
            } else if (text.startsWith("00", i)) {
                international = true;
                i += 2;
            } else if (text.charAt(i) == '0') {
                international = false;
                i++;
            } else if (text.startsWith("(0", i)) {
                international = false;
                i += 2;
            } else {
                return null;
            }
            var digits = new StringBuilder(end - i);
            int groups = 0;
            boolean open = text.charAt(start) == '(';
            boolean closed = false;
            for (boolean previousDigit = false; i < end; i++) {
                char c = text.charAt(i);
                if (Scan.isDigit(c)) {
                    digits.append(c);
                    previousDigit = true;
                    continue;
                }
                if (previousDigit) {
                    groups++;
                }
                previousDigit = false;
                if (c == ')' && open && !closed) {
                    closed = true;
                } else if (c == '(' && !open && international && groups == 1 && digits.length() <= 3) {
                    // "+1 (415) 555-2671": the area code after the country code.
                    open = true;
                } else if (c != ' ' && c != '-') {
                    return null;
                }
            }
            // A zero first would be kept by libphonenumber as a leading zero of the national number.
            if (open != closed || digits.isEmpty() || digits.charAt(0) == '0' || digits.length() > MAX_DIGITS) {
                return null;
            }
            return new Shape(international, digits.toString());
        }
    }
}
