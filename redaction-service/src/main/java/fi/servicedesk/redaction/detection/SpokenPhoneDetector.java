package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers in speech-to-text transcripts, spoken digit by digit in Finnish, English or Swedish
 * ("nolla neljä nolla, yksi kaksi kolme…", "zero four zero one two…", British "oh seven double
 * two…", "noll åtta nio sex…", where "double", "triple", "tupla" and "dubbel" say the next digit twice
 * or three times), possibly mixed with digit groups. Seven or more digits in five or more tokens in a
 * row are a number: nobody reads out a shorter one, and ordinary sentences do not have that many
 * number words in a row (R8.2).
 */
public final class SpokenPhoneDetector implements Detector {

    private static final Map<String, Character> DIGITS = Map.ofEntries(
            Map.entry("nolla", '0'), Map.entry("yksi", '1'), Map.entry("kaksi", '2'), Map.entry("kolme", '3'),
            Map.entry("neljä", '4'), Map.entry("viisi", '5'), Map.entry("kuusi", '6'), Map.entry("seitsemän", '7'),
            Map.entry("kahdeksan", '8'), Map.entry("yhdeksän", '9'),
            // Spoken Finnish as transcribed: yks, kaks, viis, kuus, seittemän, kaheksan, yheksän.
            Map.entry("yks", '1'), Map.entry("kaks", '2'), Map.entry("viis", '5'), Map.entry("kuus", '6'),
            Map.entry("seittemän", '7'), Map.entry("kaheksan", '8'), Map.entry("yheksän", '9'),
            // The digits' own names, which Finns also read numbers with: ykkönen … ysi.
            Map.entry("ykkönen", '1'), Map.entry("kakkonen", '2'), Map.entry("kolmonen", '3'), Map.entry("nelonen", '4'),
            Map.entry("vitonen", '5'), Map.entry("viitonen", '5'), Map.entry("kutonen", '6'), Map.entry("kuutonen", '6'),
            Map.entry("seiska", '7'), Map.entry("kasi", '8'), Map.entry("ysi", '9'),
            Map.entry("zero", '0'), Map.entry("oh", '0'), Map.entry("nought", '0'), Map.entry("one", '1'),
            Map.entry("two", '2'), Map.entry("three", '3'), Map.entry("four", '4'), Map.entry("five", '5'),
            Map.entry("six", '6'), Map.entry("seven", '7'), Map.entry("eight", '8'), Map.entry("nine", '9'),
            Map.entry("noll", '0'), Map.entry("ett", '1'), Map.entry("en", '1'), Map.entry("två", '2'),
            Map.entry("tre", '3'), Map.entry("fyra", '4'), Map.entry("fem", '5'), Map.entry("sex", '6'),
            Map.entry("sju", '7'), Map.entry("åtta", '8'), Map.entry("nio", '9'));
    /**
     * Swedish digit words, by which a national number that Finland does not hold is read as Sweden's
     * ("noll åtta nio sex tre sju fyra noll två" is +46 8 963 74 02), so that it has the value its written form has.
     */
    private static final Set<String> SWEDISH = Set.of("noll", "ett", "en", "två", "tre", "fyra", "fem", "sex", "sju",
            "åtta", "nio", "dubbel", "dubbla", "trippel");
    /** Words that say the digit after them more than once: "double seven", "tupla seiska", "dubbel sju" are 77. */
    private static final Map<String, Integer> REPEATS = Map.of("double", 2, "triple", 3, "tupla", 2, "tripla", 3,
            "dubbel", 2, "dubbla", 2, "trippel", 3);
    /** The words a spoken number is made of: digits and repeats. */
    private static final List<String> NUMBER_WORDS = numberWords();
    /** The digit words by first letter ('a' to 'z', then 'å'): a word of the text is compared with a few, most with none. */
    private static final String[][] DIGIT_WORDS = byFirstLetter();
    /**
     * Bit {@code n} of entry {@link #slot} of {@code first} is set when a number word of {@code n} letters opens
     * with {@code first}: most words of a text fail this one test and are never compared.
     */
    private static final int[] DIGIT_WORD_LENGTHS = lengthsByFirstLetter();
    /** The number words, longest first, or a group of up to four digits. */
    private static final String DIGIT = "(?:" + alternatives(DIGITS.keySet()) + "|[0-9]{1,4})";
    private static final String SPOKEN_DIGIT = "(?:(?:" + alternatives(REPEATS.keySet()) + ")[\\s-]{1,3})?" + DIGIT;
    /** Four spoken digits or more; {@link #MIN_TOKENS} counts a repeat as a token of its own ("double five three 430 48"). */
    private static final Pattern SPOKEN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:plus|\\+)\\s?)?" + SPOKEN_DIGIT + "(?:[\\s,.-]{1,3}" + SPOKEN_DIGIT + "){3,20}(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "+", a digit, or the first letter of "plus" or of a number word, in either case. */
    private static final Scan.Opening OPENING = Scan.Opening.of("+" + Scan.DIGITS + openingLetters(), SpokenPhoneDetector::mayStart);
    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    /**
     * A date written in digits ("02.10.2027", "2027-06-11"): no one reads a phone out with one in it, but a train's or
     * flight's designator stands before its date, and Swedish "en" (one) is also EuroNight's ("tåg EN 342 2027-06-11",
     * "juna EN 895, 02.10.2027").
     */
    private static final Pattern WRITTEN_DATE = Pattern.compile("(?<!\\d)(?:\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}-\\d{2}-\\d{2})(?!\\d)");
    private static final int MIN_DIGITS = 7;
    private static final int MIN_TOKENS = 5;
    /** 'a' to 'z' and 'å'. */
    private static final int LETTERS = 27;
    private static final int NOT_A_DIGIT = 0;
    private static final int GROUP = 1;
    private static final int WORD = 2;

    @Override
    public void find(Text message, List<Finding> findings) {
        var text = message.value();
        if (!mayHoldASpokenNumber(message) || !hasASpokenRun(text)) {
            return;
        }
        var scan = new Scan(SPOKEN, message);
        for (int from = 0; scan.find(from, OPENING); from = scan.match().end()) {
            Matcher spoken = scan.match();
            var digits = digits(spoken.group());
            if (digits.length() >= MIN_DIGITS && hasWord(spoken.group()) && digits.length() <= 15 && tokens(spoken.group()) >= MIN_TOKENS
                    && !WRITTEN_DATE.matcher(spoken.group()).find()) {
                var e164 = e164(digits, spoken.group());
                // After "plus" the country code says how long its numbers are: "plus one two three four five six seven" is none.
                if (e164 != null || !digits.startsWith("+")) {
                    findings.add(new Finding(EntityType.PHONE, spoken.start(), spoken.end(), e164 != null ? e164 : digits));
                }
            }
        }
    }

    /** E.164 of the digits, read as Finland's, else as Sweden's where the words are Swedish; null when neither holds them. */
    private static String e164(String digits, String match) {
        var finnish = PhoneDetector.e164(digits);
        if (finnish != null || digits.startsWith("+") || !saidInSwedish(match)) {
            return finnish;
        }
        try {
            var swedish = NUMBERS.parse(digits, "SE");
            return NUMBERS.isValidNumber(swedish) ? NUMBERS.format(swedish, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    private static boolean saidInSwedish(String match) {
        for (var word : match.toLowerCase(Locale.ROOT).split("[\\s,.-]+")) {
            if (SWEDISH.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The pattern's look-behind: a match opens a word (with "plus", "+", a digit or a digit word). */
    private static boolean mayStart(String text, int i) {
        return Characters.notAfterWord(text, i, "");
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
     * its seven digits are number words or digits: with fewer of both together there is none (a
     * repeat is at least one more digit).
     */
    private static boolean mayHoldASpokenNumber(Text message) {
        var words = message.words();
        var text = message.value();
        int digitWords = 0;
        // Without a hyphen in the text each word is one part: no word needs a look inside it.
        boolean hyphens = message.has('-');
        for (int t = 0; t < words.size() && (digitWords == 0 || digitWords + message.digits() < MIN_DIGITS); t++) {
            if (!hyphens) {
                digitWords += isDigitWord(text, words.start(t), words.end(t)) ? 1 : 0;
                continue;
            }
            for (int start = words.start(t); start < words.end(t); ) {
                int end = start;
                while (end < words.end(t) && text.charAt(end) != '-') {
                    end++;
                }
                if (isDigitWord(text, start, end)) {
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
        return isDigitWord(text, start, end) ? WORD : NOT_A_DIGIT;
    }

    private static boolean isDigitWord(String text, int start, int end) {
        int length = end - start;
        char c = text.charAt(start);
        // An ASCII letter folds to itself in lower case; any other character takes the full case mapping (K → k).
        char first = c < 128 ? (char) (c | 0x20) : Character.toLowerCase(Character.toUpperCase(c));
        int slot = slot(first);
        if (length < 2 || length >= Integer.SIZE || slot < 0 || (DIGIT_WORD_LENGTHS[slot] & 1 << length) == 0) {
            return false;
        }
        for (var word : DIGIT_WORDS[slot]) {
            if (word.length() == length && Characters.regionMatchesIgnoringCase(text, start, word)) {
                return true;
            }
        }
        return false;
    }

    /** The index of a number word's first letter, in lower case, among 'a' to 'z' and 'å' ("åtta"); -1 for any other. */
    private static int slot(char first) {
        return first >= 'a' && first <= 'z' ? first - 'a' : first == 'å' ? LETTERS - 1 : -1;
    }

    private static String[][] byFirstLetter() {
        var words = new String[LETTERS][];
        for (int slot = 0; slot < LETTERS; slot++) {
            int first = slot;
            words[slot] = NUMBER_WORDS.stream().filter(w -> slot(w.charAt(0)) == first).sorted().toArray(String[]::new);
        }
        return words;
    }

    /** Non-ASCII first letters need no place: the opening lets every such character through to the pattern. */
    private static String openingLetters() {
        var letters = new StringBuilder("pP");
        for (var word : NUMBER_WORDS) {
            if (word.charAt(0) < 128) {
                letters.append(word.charAt(0)).append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return letters.toString();
    }

    private static int[] lengthsByFirstLetter() {
        var lengths = new int[LETTERS];
        for (var word : NUMBER_WORDS) {
            lengths[slot(word.charAt(0))] |= 1 << word.length();
        }
        return lengths;
    }

    /** Alternatives of a pattern, longest first, so that no word stops at another that opens it ("yks" in "yksi"). */
    private static String alternatives(Collection<String> words) {
        return String.join("|", words.stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList());
    }

    private static List<String> numberWords() {
        var words = new ArrayList<>(DIGITS.keySet());
        words.addAll(REPEATS.keySet());
        return List.copyOf(words);
    }

    /** The match's digit tokens between runs of the pattern's separators, a repeat among them and a lone "plus" or "+" not. */
    private static int tokens(String match) {
        int tokens = 0;
        int i = 0;
        while (i < match.length()) {
            int start = i;
            while (i < match.length() && !isSeparator(match.charAt(i))) {
                i++;
            }
            var token = match.substring(start, i);
            if (!token.isEmpty() && !token.equalsIgnoreCase("plus") && !token.equals("+")) {
                tokens++;
            }
            i = Math.max(i + 1, start + 1);
        }
        return tokens;
    }

    private static boolean hasWord(String match) {
        return match.chars().anyMatch(Character::isLetter);
    }

    /**
     * The digits the match says, token by token between runs of the pattern's separators ({@code [\\s,.-]});
     * a repeat says its next token's digits that many times.
     */
    private static String digits(String match) {
        var lower = match.toLowerCase(Locale.ROOT);
        var out = new StringBuilder();
        int times = 1;
        int i = 0;
        while (i < lower.length()) {
            if (isSeparator(lower.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < lower.length() && !isSeparator(lower.charAt(i))) {
                i++;
            }
            var token = lower.substring(start, i);
            if (REPEATS.containsKey(token)) {
                times = REPEATS.get(token);
                continue;
            }
            var said = token.equals("plus") || token.equals("+") ? "+"
                    : DIGITS.containsKey(token) ? String.valueOf(DIGITS.get(token)) : token.replace("+", "");
            out.append(said.repeat(times));
            times = 1;
        }
        return out.toString();
    }
}
