package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers in speech-to-text transcripts, spoken digit by digit in Finnish or English
 * ("nolla neljä nolla, yksi kaksi kolme…", "zero four zero one two…"), possibly mixed with
 * digit groups. Seven or more digits in a row are a number: nobody reads out a shorter one,
 * and ordinary sentences do not have seven number words in a row.
 */
public final class SpokenPhoneDetector implements Detector {

    private static final Map<String, Character> DIGITS = Map.ofEntries(
            Map.entry("nolla", '0'), Map.entry("yksi", '1'), Map.entry("kaksi", '2'), Map.entry("kolme", '3'),
            Map.entry("neljä", '4'), Map.entry("viisi", '5'), Map.entry("kuusi", '6'), Map.entry("seitsemän", '7'),
            Map.entry("kahdeksan", '8'), Map.entry("yhdeksän", '9'),
            Map.entry("zero", '0'), Map.entry("oh", '0'), Map.entry("one", '1'), Map.entry("two", '2'),
            Map.entry("three", '3'), Map.entry("four", '4'), Map.entry("five", '5'), Map.entry("six", '6'),
            Map.entry("seven", '7'), Map.entry("eight", '8'), Map.entry("nine", '9'));
    private static final String DIGIT = "(?:nolla|yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän"
            + "|zero|oh|one|two|three|four|five|six|seven|eight|nine|[0-9]{1,4})";
    private static final Pattern SPOKEN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:plus|\\+)\\s?)?" + DIGIT + "(?:[\\s,.-]{1,3}" + DIGIT + "){4,20}(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MIN_DIGITS = 7;

    @Override
    public void find(String text, List<Finding> findings) {
        if (!startsANumber(text)) {
            return;
        }
        Matcher spoken = SPOKEN.matcher(text);
        while (spoken.find()) {
            var digits = digits(spoken.group());
            if (digits.length() >= MIN_DIGITS && hasWord(spoken.group()) && digits.length() <= 15) {
                var e164 = PhoneDetector.e164(digits);
                findings.add(new Finding(EntityType.PHONE, spoken.start(), spoken.end(), e164 != null ? e164 : digits));
            }
        }
    }

    /** Every spoken number starts with a trunk or an international prefix, so one of these words is in it. */
    private static boolean startsANumber(String text) {
        return containsIgnoringCase(text, "nolla") || containsIgnoringCase(text, "zero")
                || containsIgnoringCase(text, "oh") || containsIgnoringCase(text, "plus");
    }

    private static boolean containsIgnoringCase(String text, String word) {
        for (int i = text.indexOf(word.charAt(0)); i >= 0; i = text.indexOf(word.charAt(0), i + 1)) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        char upper = Character.toUpperCase(word.charAt(0));
        for (int i = text.indexOf(upper); i >= 0; i = text.indexOf(upper, i + 1)) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWord(String match) {
        return match.chars().anyMatch(Character::isLetter);
    }

    private static String digits(String match) {
        var out = new StringBuilder();
        for (var token : match.toLowerCase(Locale.ROOT).split("[\\s,.-]+")) {
            if (token.equals("plus") || token.equals("+")) {
                out.append('+');
            } else if (DIGITS.containsKey(token)) {
                out.append(DIGITS.get(token));
            } else {
                out.append(token.replace("+", ""));
            }
        }
        return out.toString();
    }
}
