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
            // Spoken Finnish as transcribed: yks, kaks, viis, kuus, seittemän, kaheksan, yheksän.
            Map.entry("yks", '1'), Map.entry("kaks", '2'), Map.entry("viis", '5'), Map.entry("kuus", '6'),
            Map.entry("seittemän", '7'), Map.entry("kaheksan", '8'), Map.entry("yheksän", '9'),
            Map.entry("zero", '0'), Map.entry("oh", '0'), Map.entry("one", '1'), Map.entry("two", '2'),
            Map.entry("three", '3'), Map.entry("four", '4'), Map.entry("five", '5'), Map.entry("six", '6'),
            Map.entry("seven", '7'), Map.entry("eight", '8'), Map.entry("nine", '9'));
    /** The digit words by first letter ('a' to 'z'): a word of the text is compared with at most seven, most with none. */
    private static final String[][] DIGIT_WORDS = byFirstLetter();
    private static final String DIGIT = "(?:nolla|yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän"
            + "|yks|kaks|viis|kuus|seittemän|kaheksan|yheksän"
            + "|zero|oh|one|two|three|four|five|six|seven|eight|nine|[0-9]{1,4})";
    private static final Pattern SPOKEN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:plus|\\+)\\s?)?" + DIGIT + "(?:[\\s,.-]{1,3}" + DIGIT + "){4,20}(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MIN_DIGITS = 7;
    private static final int MIN_TOKENS = 5;
    private static final int NOT_A_DIGIT = 0;
    private static final int GROUP = 1;
    private static final int WORD = 2;

    @Override
    public void find(Text message, List<Finding> findings) {
        var text = message.value();
        if (!mayHoldASpokenNumber(message) || !hasASpokenRun(text)) {
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

    /**
     * Cheap test before the pattern: a match is at least five digit tokens in a row (words or
     * groups of up to four digits, one to three separators apart), one of them a word.
     */
    private static boolean hasASpokenRun(String text) {
        int run = 0;
        boolean word = false;
        int i = 0;
        int length = text.length();
        while (i < length) {
            int start = i;
            while (i < length && Characters.isLetterOrNumber(text.charAt(i))) {
                i++;
            }
            if (start == i) {
                i++;
                continue;
            }
            int token = digitToken(text, start, i);
            if (token == NOT_A_DIGIT) {
                run = 0;
                word = false;
            } else {
                boolean continues = run > 0 && separatedFromPrevious(text, start);
                run = continues ? run + 1 : 1;
                word = (continues && word) || token == WORD;
                if (run >= MIN_TOKENS && word) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A spoken number has a digit word among the text's words (a hyphen may join two of them), and
     * its seven digits are digit words or digits: with fewer of both together there is none.
     */
    private static boolean mayHoldASpokenNumber(Text message) {
        var words = message.words();
        var text = message.value();
        int digitWords = 0;
        for (int t = 0; t < words.size() && (digitWords == 0 || digitWords + message.digits() < MIN_DIGITS); t++) {
            for (int start = words.start(t); start < words.end(t); ) {
                int hyphen = text.indexOf('-', start);
                int end = hyphen < 0 || hyphen > words.end(t) ? words.end(t) : hyphen;
                if (digitToken(text, start, end) == WORD) {
                    digitWords++;
                }
                start = end + 1;
            }
        }
        return digitWords > 0 && digitWords + message.digits() >= MIN_DIGITS;
    }

    /** True when the one to three characters before {@code start}, back to the previous token, are all separators. */
    private static boolean separatedFromPrevious(String text, int start) {
        int gap = 0;
        for (int j = start - 1; j >= 0 && !Characters.isLetterOrNumber(text.charAt(j)); j--) {
            if (!isSeparator(text.charAt(j)) || ++gap > 3) {
                return false;
            }
        }
        return gap > 0;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == ',' || c == '.' || c == '-' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static int digitToken(String text, int start, int end) {
        int length = end - start;
        boolean allDigits = true;
        for (int j = start; j < end && allDigits; j++) {
            allDigits = Scan.isDigit(text.charAt(j));
        }
        if (allDigits) {
            return length <= 4 ? GROUP : NOT_A_DIGIT;
        }
        char first = Character.toLowerCase(Character.toUpperCase(text.charAt(start)));
        if (length < 2 || length > 9 || first < 'a' || first > 'z') {
            return NOT_A_DIGIT;
        }
        for (var word : DIGIT_WORDS[first - 'a']) {
            if (word.length() == length && text.regionMatches(true, start, word, 0, length)) {
                return WORD;
            }
        }
        return NOT_A_DIGIT;
    }

    private static String[][] byFirstLetter() {
        var words = new String[26][];
        for (char letter = 'a'; letter <= 'z'; letter++) {
            char first = letter;
            words[letter - 'a'] = DIGITS.keySet().stream().filter(w -> w.charAt(0) == first).sorted().toArray(String[]::new);
        }
        return words;
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
