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
 */
final class NumbersAfterARole {

    /** What parts the role's bracket from the number: "), ". */
    private static final String AFTER_ROLE = "), ";
    /** A person's name right before the role's bracket: "Xebat Mizuri", "Irma-Liisa Kirvesjärvi". */
    private static final Pattern NAME = Pattern.compile("(\\p{Lu}[\\p{L}'’.-]*) (\\p{Lu}[\\p{L}'’-]*)$");

    private final StronglyCuedNumbers cued;
    private final PhoneNumberUtil numbers;

    NumbersAfterARole(StronglyCuedNumbers cued, PhoneNumberUtil numbers) {
        this.cued = cued;
        this.numbers = numbers;
    }

    void find(Text message, List<Finding> findings) {
        if (message.value().indexOf(AFTER_ROLE) < 0) {
            return;
        }
        GroupedNumber.findTypedAnyhow(message, findings, (text, start, groups) -> Characters.endsLine(text, groups.end())
                && afterRole(text, start) && validSomewhere(groups.digits()) ? cued.value(text, start, groups.digits()) : null);
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
