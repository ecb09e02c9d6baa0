package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A number that ends its line after a person's role in brackets and a comma ("Omistaja: Xebat Mizuri (eläinhoitaja),
 * 09112720338", "Assignee: Crina Păun (Customer Service Agent), 074 945 8357", "Ansvarig: … (kundtjänstmedarbetare),
 * 090 3492 1441"): a ticket's or a record's line that gives a person, what they do and how to reach them. The number
 * is theirs (R5.3), read as one whatever its shape, as after a strong cue ({@link StronglyCuedNumbers}): a writer's
 * number must not stay in clear because no plan knows it (R3.2), as long as some country's plan holds it. A thing's
 * number is not so written: its label stands before it, a bracket with digits ("(hirer, 963-3194681)") holds no role,
 * and a word alone before the bracket ("Viitenumero (uusi), 1234561", "Kahvinkeitin (musta), 6417700123456") is no
 * person: the role follows a name, two capitalised words, whose last is no thing's label and which are not both
 * common English words ("2. Replace Laptop (urgent), 4411 2210" is a task).
 *
 * <p>A contact list's line names its person surname first, a comma between, and puts the number after another comma
 * ("Bevakare: Tjärviken, Valborg-Lena, 07 091 1348; fakturor@…", "Watchers: Udofia-Etuk, Nkoyo Affiong, 074 945 8357"):
 * the number is read so where the name opens the label's value and the number ends the line or the person's entry
 * (a ";" parts the entries) and is dialled as written, a trunk zero or a "+" first ("Toimipiste: Helsinki, Laskutus,
 * 1234561" is a code). "Tuote: Kahvinkeitin, Musta, 6417700123456" holds no number any plan allows, and a list
 * that goes on with commas after the number ("Ahola, Kari, 0905206715, Lind, Eva") is no one person's entry.
 *
 * <p>So too a number dialled after a person's identity code and a comma at the end of the line ("Ostaja: LAUTTAKANGAS
 * Olekso-Petri, henkilötunnus 141153-6972, 07 884 1657"): a record's line gives the person, their code and their phone.
 */
final class NumbersAfterARole {

    /** What parts the role's bracket from the number: "), ". */
    private static final String AFTER_ROLE = "), ";
    /** What parts the role's bracket or the name written surname first from the number: ", ". */
    private static final String AFTER_NAME = ", ";
    /** A person's name right before the role's bracket: "Xebat Mizuri", "Irma-Liisa Kirvesjärvi". */
    private static final Pattern NAME = Pattern.compile("(\\p{Lu}[\\p{L}'’.-]*) (\\p{Lu}[\\p{L}'’-]*)$");
    /** A name written surname first that opens a label's value, a comma after it: ": Tjärviken, Valborg-Lena, ". */
    private static final Pattern SURNAME_FIRST = Pattern.compile(
            ": (\\p{Lu}[\\p{L}'’-]+), (\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?), $");
    /**
     * A Finnish henkilötunnus or a Nordic personal number, a comma after it: "141153-6972, ", "19650315-4532, ".
     * A number dialled after a person's identity code on a line is theirs: nothing else is given with the code.
     */
    private static final Pattern IDENTITY_CODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]|(?:19|20)?\\d{6}-\\d{4}), $");
    /** What parts a person's entry from the next in a contact list: "; ". */
    private static final char ENTRIES_APART = ';';

    private final StronglyCuedNumbers cued;
    private final PhoneNumberUtil numbers;

    NumbersAfterARole(StronglyCuedNumbers cued, PhoneNumberUtil numbers) {
        this.cued = cued;
        this.numbers = numbers;
    }

    void find(Text message, List<Finding> findings) {
        if (message.value().indexOf(AFTER_NAME) < 0) {
            return;
        }
        GroupedNumber.findTypedAnyhow(message, findings, (text, start, groups) -> (Characters.endsLine(text, groups.end())
                && (afterRole(text, start) || dialled(text, start) && afterIdentityCode(text, start)) || endsEntry(text, groups.end()) && dialled(text, start) && afterSurnameFirst(text, start))
                && validSomewhere(groups.digits()) ? cued.value(text, start, groups.digits()) : null);
    }

    /** A national form with its trunk zero or an international one: what a contact list writes, not a bare count or code. */
    private static boolean dialled(String text, int start) {
        return text.charAt(start) == '0' || start > 0 && text.charAt(start - 1) == '+';
    }

    private static boolean endsEntry(String text, int end) {
        return Characters.endsLine(text, end) || end < text.length() && text.charAt(end) == ENTRIES_APART;
    }

    /** Whether a person's identity code and a comma stand right before {@code start} on its line. */
    static boolean afterIdentityCode(String text, int start) {
        return start >= 2 && text.charAt(start - 2) == ','
                && IDENTITY_CODE.matcher(text).region(Characters.lineStart(text, start), start).find();
    }

    /** Whether a name written surname first, opening a label's value, stands right before {@code start}. */
    static boolean afterSurnameFirst(String text, int start) {
        if (start < 2 || text.charAt(start - 2) != ',') {
            return false;
        }
        var name = SURNAME_FIRST.matcher(text).region(Characters.lineStart(text, start), start);
        return name.find() && !PhoneCues.isThingLabel(name.group(1).toLowerCase(Locale.ROOT))
                && !PhoneCues.isThingLabel(name.group(2).toLowerCase(Locale.ROOT))
                && !(EnglishWords.contains(text, name.start(1), name.end(1))
                && EnglishWords.contains(text, name.start(2), name.end(2)));
    }

    /** Whether some country's plan holds the digits as a number: "081245031251" is an Indonesian mobile. */
    private boolean validSomewhere(String digits) {
        for (var region : numbers.getSupportedRegions()) {
            var number = GroupedNumber.parse(numbers, digits, region);
            if (number != null && numbers.isValidNumberForRegion(number, region)) {
                return true;
            }
        }
        return false;
    }

    /** Whether "(role), " stands right before {@code start}, a person's name before the bracket on its line. */
    static boolean afterRole(String text, int start) {
        int close = start - AFTER_ROLE.length();
        if (close < 0 || !text.startsWith(AFTER_ROLE, close)) {
            return false;
        }
        int open = close - 1;
        while (open >= 0 && text.charAt(open) != '(' && text.charAt(open) != '\n') {
            if (!Characters.isLetter(text.charAt(open)) && " -".indexOf(text.charAt(open)) < 0) {
                return false;
            }
            open--;
        }
        return open > 1 && open < close - 1 && text.charAt(open) == '(' && text.charAt(open - 1) == ' '
                && namedBefore(text, open - 1);
    }

    private static boolean namedBefore(String text, int end) {
        var name = NAME.matcher(text).region(Characters.lineStart(text, end), end);
        return name.find() && !PhoneCues.isThingLabel(name.group(2).toLowerCase(Locale.ROOT))
                && !(EnglishWords.contains(text, name.start(1), name.end(1))
                && EnglishWords.contains(text, name.start(2), name.end(2)));
    }
}
