package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A number in a field that says it holds a phone, read as one whatever country's it is (R3.2, R8.2): a log's phone
 * key ("to=0532 875 95 92", "msisdn=…", "caller_id=…"; a record's "id=" is no phone), a line's label that names a phone
 * ("Phone number: (415) 011-2584", even where no plan holds it; also on the line above, or a signature's "M:" and
 * "T:" between "|", dotted there too, "T: 613.080.7121", or after the number: "2883 5686 (mob.)"), a signature's number
 * alone on its line or field after a closing ("Terveisin" over a name, a title and "690 5351"), a contact line's field
 * beside an e-mail address ("Witold Grabowska · 522-693-745 · witold…@…"), a number alone on its line under the signer's
 * name ("Runar Sved" over "074 763 6135", valid in some country's national form), and a call record's number field after the call's
 * direction ("09:37:50;outbound;8 627 58828;…"), a link's query or a form's body ("phone=%2B358401234567",
 * "puhelin=0401234567", "From=%2B4791234567") and a
 * dialling link ("tel:05927517448") with the text it shows ("0 (592) 751 74 48"). On a line that is plainly a call's, a time before the number and the
 * call's duration after it ("4.5. 11:20  080-217-7786  00:22:33  33,38 €"), a national form is a phone where some
 * country's plan holds it valid with that country's trunk prefix. The number is written as {@link DigitGroups} are, or
 * with its area code in parentheses first; a date is none. Its value is the E.164 of a country the line names, or of
 * Finland, that holds it valid, else its digits: the same digits get the same placeholder.
 */
final class NumbersInPhoneFields {

    /** Keys that name a phone whatever their value looks like: "msisdn=358401234567". */
    private static final Set<String> PHONE_KEYS = Set.of("msisdn", "caller_id", "callerid", "caller", "callee", "cli",
            "phone", "phone_number", "phonenumber", "tel", "mobile", "puhelin", "puh", "puhelinnumero", "matkapuhelin",
            "gsm", "telefon", "telefonnummer", "mobil", "mobilnummer");
    /** A link's "+" as a query writes it: "phone=%2B358401234567". */
    private static final String ENCODED_PLUS = "%2B";
    /** A link that dials: "href=\"tel:0401234567\"". */
    private static final String TEL_SCHEME = "tel:";
    /**
     * Keys that name a message's or call's ends, whose value is a phone in an SMS gateway's or a PBX's log but may be
     * an offset or a time in another's ("from=1700000000"): a phone only opening with a trunk zero or grouped.
     */
    private static final Set<String> END_KEYS = Set.of("to", "from", "sender", "recipient", "dst", "src");
    /** A line's label that names a phone, maybe after a qualifier: "Phone number:", "Work phone:", "Puhelinnumero:". */
    private static final Pattern PHONE_LABEL = Pattern.compile("\\s*[-*•]?\\s*(?:\\p{L}+ )?(?:(?i:phone|phone number|"
            + "telephone|mobile|mobile number|cell|cell phone|contact number|tel|puhelin|puhelinnumero|puh|"
            + "matkapuhelin|työpuhelin|gsm|mobiili|mobiilinumero|telefon|telefonnummer|mobil|mobilnummer|tfn|vaihde|"
            + "handy|tlf|téléphone|tél|portable|teléfono|telefono|móvil|movil|cellulare|celular|telefone|mobiil|direct|direct line|yhteystiedot|kontaktuppgifter|contact details)|M|T|D|Mob)"
            + "\\.?\\s*:\\s*");
    /** What parts a signature's line into fields, each with its own label: "M: +358 40 123 4567 | T: 09 123 456". */
    private static final char LABEL_FIELD_SEPARATOR = '|';
    /** A phone's label in parentheses after the number, as a signature writes one. */
    private static final List<String> LABELS_AFTER = List.of(" (mob.)", " (mob)", " (mobile)", " (puh.)", " (gsm)",
            " (matkapuhelin)", " (mobil)", " (tel.)");
    /** The most digits of a number in a link's query after its "%2B": E.164's fifteen. */
    private static final int MAX_E164_DIGITS = 15;
    /** A call's direction as a whole field of a call record: "…;outbound;8 627 58828;…", "…;sisään;0532 835 43 93;…". */
    private static final Set<String> DIRECTIONS = Set.of("inbound", "outbound", "incoming", "outgoing", "in", "out",
            "saapuva", "lähtevä", "sisään", "ulos", "inkommande", "utgående", "ut");
    private static final String FIELD_SEPARATORS = ";,\t|";
    /** A time right before the number on its line: "4.5. 11:20  ". */
    private static final Pattern TIME_BEFORE = Pattern.compile("(?:.*[^\\d:.])?\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s+");
    /** A call's duration right after the number: "  00:22:33". */
    private static final Pattern DURATION_AFTER = Pattern.compile("\\s+\\d{1,2}:\\d{2}:\\d{2}(?!\\d)");
    private static final int MIN_DIGITS = 7;
    /** What parts a contact's line into fields: "Name · 522-693-745 · name@example.com", "Service Desk | 0769…". */
    private static final String CONTACT_FIELD_SEPARATORS = "|·•";
    /** A signer's name, two to four capitalised words, and maybe their title in parentheses or after a bar or comma. */
    private static final Pattern SIGNERS_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2}"
            + " (?<last>\\p{Lu}[\\p{L}'’-]+)(?: \\([^()\\n]{1,40}\\)| ?[|,] [^\\n]{1,60})?\\s*");
    /** A signer's title and unit on the line under their name: "HR-asiantuntija, Työterveyshuolto", "Head of IT". */
    private static final Pattern SIGNERS_TITLE = Pattern.compile("\\p{L}[\\p{L}'’&/-]*(?:,? [\\p{L}'’&/-]+){0,5}\\s*");
    /** How many lines after its closing a signature gives the sender's name, title, firm and numbers in. */
    private static final int SIGNATURE_LINES = 6;
    private static final int MAX_DOTTED_GROUPS = 4;
    /** The region libphonenumber reads a number in that carries its own country code. */
    private static final String UNKNOWN_REGION = "ZZ";

    private final PhoneNumberUtil numbers;
    /** Each region of the plan that dials a trunk prefix other than its country code, and the prefix: "JP" and "0", "LT" and "8". */
    private final Map<String, String> trunkPrefixes = new TreeMap<>();

    NumbersInPhoneFields(PhoneNumberUtil numbers) {
        this.numbers = numbers;
        for (var region : numbers.getSupportedRegions()) {
            var trunk = numbers.getNddPrefixForRegion(region, true);
            // North America dials its country code "1" as its trunk prefix, and a "1" opens any run of digits.
            if (trunk != null && !trunk.isEmpty() && !trunk.equals(String.valueOf(numbers.getCountryCodeForRegion(region)))) {
                trunkPrefixes.put(region, trunk);
            }
        }
    }

    void find(Text message, List<Finding> findings) {
        var s = message.value();
        boolean labelsAfter = message.has('(') && mayHoldALabelAfter(s);
        int after = 0;
        for (int run = 0; run < message.digitRunCount(); run++) {
            int digitsStart = message.digitRun(run);
            int sign = signBefore(s, digitsStart);
            int start = sign > 0 ? digitsStart - sign : digitsStart > 0 && s.charAt(digitsStart - 1) == '(' ? digitsStart - 1 : digitsStart;
            if (start < after) {
                continue;
            }
            var field = Field.at(s, start);
            // "From=%2B4791234567": after a "+" an end's key holds a phone too, no offset or time
            if (sign > 0 && field != Field.PHONE_KEY && field != Field.END_KEY) {
                continue;
            }
            var groups = field == null ? null : sign > 0 ? digitsAfterSign(s, digitsStart) : groupsAt(s, start);
            if (groups == null && field == Field.LABEL && sign == 0) {
                groups = dottedGroupsAt(s, start);
            }
            // "136-4775-3880 (mob.)" under a closing: the label after the number makes it a field of its own
            if ((field == null || field == Field.CONTACT || field == Field.SIGNER) && labelsAfter && start == digitsStart) {
                var labelled = groupsAt(s, start);
                if (labelled != null && labelledAfter(s, labelled.end())) {
                    field = Field.LABEL;
                    groups = labelled;
                }
            }
            if (groups == null || field == Field.SIGNER && !endsLineOrField(s, groups.end()) || field == Field.END_KEY && sign == 0 && s.charAt(start) != '0' && s.charAt(start) != '(' && groups.count() < 2
                    || field == Field.CALL_LINE && !DURATION_AFTER.matcher(s).region(groups.end(), s.length()).lookingAt()
                    || field == Field.CONTACT && !endsLineOrField(s, groups.end())) {
                continue;
            }
            var value = sign > 0 ? "+" + groups.digits()
                    : value(s, start, groups.digits(), field == Field.CALL_LINE || field == Field.SIGNER);
            if (sign > 0 && field == Field.END_KEY && !possible(value)) {
                continue;
            }
            if (value != null && add(findings, start, groups.end(), value)) {
                after = groups.end();
            }
            if (value != null && field == Field.PHONE_KEY) {
                // the link's number may have been read before, its text not
                after = Math.max(after, dialledLinksText(s, start, groups, value, findings));
            }
        }
    }

    /** Whether the E.164 {@code value} has a length its country's plan allows. */
    private boolean possible(String value) {
        try {
            return numbers.isPossibleNumber(numbers.parse(value, UNKNOWN_REGION));
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** The digits after a "+" in a key's value, unbroken as a link writes them: up to fifteen, then no letter or digit. */
    private static DigitGroups digitsAfterSign(String text, int start) {
        int end = start;
        while (end < text.length() && Scan.isDigit(text.charAt(end))) {
            end++;
        }
        if (end - start > MAX_E164_DIGITS || end < text.length() && Characters.isLetterOrNumber(text.charAt(end))) {
            return null;
        }
        return end - start < MIN_DIGITS ? null : new DigitGroups(String.valueOf(end - start), text.substring(start, end), end);
    }

    /** Whether a label that follows its number may stand in the text: " (mob.)", " (puh.)". */
    private static boolean mayHoldALabelAfter(String text) {
        for (var label : LABELS_AFTER) {
            if (text.contains(label)) {
                return true;
            }
        }
        return false;
    }

    /** A phone's label in parentheses right after the number: "2883 5686 (mob.)", "0918 803 6878 (puh.)". */
    private static boolean labelledAfter(String text, int end) {
        for (var label : LABELS_AFTER) {
            if (text.startsWith(label, end)) {
                return true;
            }
        }
        return false;
    }

    /** How long the "+" or its link's "%2B" right before the digits at {@code digitsStart} is: 0 where none stands there. */
    private static int signBefore(String text, int digitsStart) {
        if (digitsStart >= ENCODED_PLUS.length() && text.regionMatches(true, digitsStart - ENCODED_PLUS.length(), ENCODED_PLUS, 0,
                ENCODED_PLUS.length())) {
            return ENCODED_PLUS.length();
        }
        return digitsStart > 0 && text.charAt(digitsStart - 1) == '+' ? 1 : 0;
    }

    /**
     * A dialling link's text, where it is the link's number written for reading: "tel:05927517448">0 (592) 751 74
     * 48</a>", in a form no country's plan may spell out. Where that text ends, or 0.
     */
    private static int dialledLinksText(String text, int start, DigitGroups groups, String value, List<Finding> findings) {
        if (!text.regionMatches(true, start - TEL_SCHEME.length(), TEL_SCHEME, 0, TEL_SCHEME.length())
                || !text.startsWith("\">", groups.end())) {
            return 0;
        }
        int from = groups.end() + 2;
        int to = text.indexOf("</a>", from);
        if (to < 0 || to - from > 2 * value.length() + 8) {
            return 0;
        }
        var digits = new StringBuilder();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Scan.isDigit(c)) {
                digits.append(c);
            } else if (" ()-.+/".indexOf(c) < 0) {
                return 0;
            }
        }
        return digits.toString().equals(groups.digits()) && add(findings, from, to, value) ? to : 0;
    }

    /** What kind of field the number at {@code start} stands in, or null where nothing says it holds a phone. */
    private enum Field {
        PHONE_KEY, END_KEY, LABEL, DIRECTION, CALL_LINE, CONTACT, SIGNER;

        static Field at(String text, int start) {
            if (start >= TEL_SCHEME.length() && text.regionMatches(true, start - TEL_SCHEME.length(), TEL_SCHEME, 0, TEL_SCHEME.length())
                    && (start == TEL_SCHEME.length() || !Characters.isLetter(text.charAt(start - TEL_SCHEME.length() - 1)))) {
                return PHONE_KEY;
            }
            if (start > 0 && text.charAt(start - 1) == '=') {
                var key = keyBefore(text, start - 1);
                return PHONE_KEYS.contains(key) ? PHONE_KEY : END_KEYS.contains(key) ? END_KEY : null;
            }
            if (start > 0 && FIELD_SEPARATORS.indexOf(text.charAt(start - 1)) >= 0 && isDirectionField(text, start - 1)) {
                return DIRECTION;
            }
            // Most runs of digits stand after no colon and no time: they cost no reading of their line.
            int i = start;
            while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                i--;
            }
            if (i == start && i >= 2 && text.charAt(i - 1) == '\n' && text.charAt(i - 2) == ':') {
                // the label alone on the line above: "Puhelin:\n0401234567"
                int labelLine = Characters.lineStart(text, i - 1);
                return PHONE_LABEL.matcher(text).region(labelLine, start).matches() ? LABEL : null;
            }
            int lineStart = Characters.lineStart(text, start);
            if ((i == lineStart || CONTACT_FIELD_SEPARATORS.indexOf(text.charAt(i - 1)) >= 0)
                    && (inContactLine(text, lineStart) || inSignature(text, lineStart)) || afterAddressAndComma(text, i)) {
                return CONTACT;
            }
            if (i == lineStart && start == lineStart && text.charAt(start) == '0' && belowSignersName(text, lineStart)) {
                return SIGNER;
            }
            if (i == 0 || i == start && text.charAt(i - 1) != ':') {
                return null;
            }
            if (text.charAt(i - 1) == ':') {
                // "10:42" is a time, no label's colon; a label ends in a letter or its full stop before the colon
                int fieldStart = Math.max(lineStart, text.lastIndexOf(LABEL_FIELD_SEPARATOR, start - 1) + 1);
                return i >= 2 && !Scan.isDigit(text.charAt(i - 2)) && PHONE_LABEL.matcher(text).region(fieldStart, start).matches()
                        ? LABEL : null;
            }
            // A time's minutes right before: "11:20  080-217-7786"
            return i >= 3 && Scan.isDigit(text.charAt(i - 1)) && Scan.isDigit(text.charAt(i - 2)) && ":.".indexOf(text.charAt(i - 3)) >= 0
                    && TIME_BEFORE.matcher(text).region(lineStart, start).matches() ? CALL_LINE : null;
        }

        /**
         * "Jithin Namboothiri (Kehityspäällikkö)" or "Runar Sved" on the line right above: a signature gives the signer's
         * number under their name, with a title after it or not; a name whose last word is a common noun ("Service
         * Desk") is a team's.
         */
        private static boolean belowSignersName(String text, int lineStart) {
            if (lineStart < 2) {
                return false;
            }
            int aboveStart = Characters.lineStart(text, lineStart - 1);
            if (signersName(text, aboveStart, lineStart - 1)) {
                return true;
            }
            // "Ji-hoon Hwang-Seo" over "esihenkilö, Palkkahallinto" over the number: the title on a line of its own
            int nameStart = aboveStart < 2 ? -1 : Characters.lineStart(text, aboveStart - 1);
            return nameStart >= 0 && SIGNERS_TITLE.matcher(text).region(aboveStart, lineStart - 1).matches()
                    && signersName(text, nameStart, aboveStart - 1);
        }

        private static boolean signersName(String text, int start, int end) {
            var name = SIGNERS_NAME.matcher(text).region(start, end);
            return name.matches() && !EnglishNouns.contains(text, name.start("last"), name.end("last"));
        }

        /**
         * "Sione-Tevita Tupou-Fifita, tupoufifita.sionetevita@example.de, 090 285 2897": a contact written as a list of its
         * fields, the number in the field right after the e-mail address's.
         */
        private static boolean afterAddressAndComma(String text, int i) {
            if (i < 2 || text.charAt(i - 1) != ',') {
                return false;
            }
            int addressStart = i - 1;
            while (addressStart > 0 && !Character.isWhitespace(text.charAt(addressStart - 1)) && text.charAt(addressStart - 1) != ',') {
                addressStart--;
            }
            int at = text.indexOf('@', addressStart);
            return at > addressStart && at < i - 2 && text.indexOf('.', at) < i - 1 && text.indexOf('.', at) > at;
        }

        /** "Customer: Witold Grabowska · 522-693-745 · witold…@example.co.uk": a contact's fields, an address among them. */
        private static boolean inContactLine(String text, int lineStart) {
            int lineEnd = Characters.lineEnd(text, lineStart);
            int at = text.indexOf('@', lineStart);
            if (at < 0 || at >= lineEnd) {
                return false;
            }
            for (int i = lineStart; i < lineEnd; i++) {
                if (CONTACT_FIELD_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A line of a signature: within six lines after a closing ("Terveisin", "Kind regards,"),
         * no blank line between, where the sender gives a name, a title and how to reach them.
         */
        private static boolean inSignature(String text, int lineStart) {
            int end = lineStart - 1;
            for (int lines = 0; lines < SIGNATURE_LINES && end > 0; lines++) {
                int start = Characters.lineStart(text, end);
                if (blank(text, start, end)) {
                    return false;
                }
                if (NameLayout.closesMessage(text, start, end)) {
                    return true;
                }
                end = start - 1;
            }
            return false;
        }

        private static boolean isDirectionField(String text, int separator) {
            var direction = keyBefore(text, separator);
            int fieldStart = separator - direction.length();
            return DIRECTIONS.contains(direction) && (fieldStart == 0 || FIELD_SEPARATORS.indexOf(text.charAt(fieldStart - 1)) >= 0
                    || text.charAt(fieldStart - 1) == '\n');
        }
    }

    private static boolean blank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Only spaces, then the line's end or a contact's next field, after {@code end}: the number is the field whole. */
    private static boolean endsLineOrField(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
            i++;
        }
        return i == text.length() || text.charAt(i) == '\n' || i > end && CONTACT_FIELD_SEPARATORS.indexOf(text.charAt(i)) >= 0;
    }

    /**
     * "T: 613.080.7121": under a phone's label, groups of two to four digits parted by dots, as numbers are also
     * written; no date ("12.03.2026"). Null where there are none.
     */
    private static DigitGroups dottedGroupsAt(String text, int start) {
        var lengths = new StringBuilder();
        var digits = new StringBuilder();
        int i = start;
        for (int groups = 0; ; groups++) {
            int group = i;
            while (i < text.length() && Scan.isDigit(text.charAt(i))) {
                i++;
            }
            if (groups == MAX_DOTTED_GROUPS || i - group < 2 || i - group > 4) {
                return null;
            }
            digits.append(text, group, i);
            lengths.append(groups == 0 ? "" : " ").append(i - group);
            if (!(i + 1 < text.length() && text.charAt(i) == '.' && Scan.isDigit(text.charAt(i + 1)))) {
                break;
            }
            i++;
        }
        boolean joined = i < text.length() && (Characters.isLetterOrNumber(text.charAt(i)) || text.charAt(i) == '.'
                && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1)));
        if (joined || lengths.indexOf(" ") < 0 || digits.length() < MIN_DIGITS || PhoneDetector.isDate(text, start, i)) {
            return null;
        }
        return new DigitGroups(lengths.toString(), digits.toString(), i);
    }

    /** The word right before {@code end}, in lower case: a key's name before its "=", a field before its separator. */
    static String keyBefore(String text, int end) {
        int i = end;
        while (i > 0 && (Characters.isLetterOrNumber(text.charAt(i - 1)) || text.charAt(i - 1) == '_')) {
            i--;
        }
        return text.substring(i, end).toLowerCase(Locale.ROOT);
    }

    /** A key whose value is a phone whatever it looks like ("msisdn", "caller_id"). */
    static boolean namesAPhone(String key) {
        return PHONE_KEYS.contains(key);
    }

    /**
     * The groups of the number at {@code start} — with its area code in parentheses first, "(415) 011-2584" — or null
     * where there is none, it is too short, or it is a date ("12-03-2026", "2026-03-12").
     */
    private static DigitGroups groupsAt(String text, int start) {
        var areaCode = "";
        int rest = start;
        if (text.charAt(start) == '(') {
            int close = text.indexOf(')', start);
            if (close < 0 || close + 2 >= text.length() || !allDigits(text, start + 1, close)) {
                return null;
            }
            areaCode = text.substring(start + 1, close);
            rest = text.charAt(close + 1) == ' ' ? close + 2 : close + 1;
            if (!Scan.isDigit(text.charAt(rest))) {
                return null;
            }
        }
        var groups = DigitGroups.at(text, rest);
        if (groups == null || areaCode.length() + groups.digits().length() < MIN_DIGITS || PhoneDetector.isDate(text, start, groups.end())
                || yearFirst(groups)) {
            return null;
        }
        return areaCode.isEmpty() ? groups
                : new DigitGroups("(" + areaCode.length() + ") " + groups.lengths(), areaCode + groups.digits(), groups.end());
    }

    static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Scan.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return to > from;
    }

    /** "2027-05-19", "2027 05 19": a date written year first. */
    private static boolean yearFirst(DigitGroups groups) {
        var digits = groups.digits();
        return groups.lengths().equals("4 2 2") && (digits.startsWith("19") || digits.startsWith("20"));
    }

    /**
     * E.164 of the number where a country the line names, or Finland, holds it valid, else its digits (as
     * {@link StronglyCuedNumbers} gives them); null where it must be valid and no country's plan holds it valid in its
     * national form, with the country's trunk prefix ("080-217-7786" of Japan, "8 604 19999" of Lithuania).
     */
    private String value(String text, int start, String digits, boolean mustBeValid) {
        var named = new ArrayList<>(RegionsNamed.onLine(text, start));
        named.add(PhoneDetector.DEFAULT_REGION);
        for (var region : named) {
            var number = GroupedNumber.parse(numbers, digits, region);
            if (number != null && numbers.isValidNumberForRegion(number, region)) {
                return "+" + number.getCountryCode() + number.getNationalNumber();
            }
        }
        return !mustBeValid || nationalFormOfSomeCountry(digits) ? digits : null;
    }

    private boolean nationalFormOfSomeCountry(String digits) {
        for (var trunk : trunkPrefixes.entrySet()) {
            if (digits.startsWith(trunk.getValue())) {
                var number = GroupedNumber.parse(numbers, digits, trunk.getKey());
                if (number != null && numbers.isValidNumberForRegion(number, trunk.getKey())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Adds the number as a phone in place of the phones read inside it ("0532 875" of "0532 875 95 92"); not where
     * another finding overlaps it or a phone already holds it whole. Whether it was added.
     */
    static boolean add(List<Finding> findings, int start, int end, String value) {
        for (var finding : findings) {
            boolean overlaps = finding.start() < end && start < finding.end();
            boolean inside = finding.start() >= start && finding.end() <= end;
            boolean same = finding.start() == start && finding.end() == end;
            if (overlaps && (finding.type() != EntityType.PHONE || !inside || same)) {
                return false;
            }
        }
        findings.removeIf(f -> f.start() < end && start < f.end());
        findings.add(new Finding(EntityType.PHONE, start, end, value));
        return true;
    }
}
