package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Bank account numbers as IBAN, spaced in groups of four or not, of any country; the mod-97
 * check keeps look-alikes out. Where the country's length is known exactly that many characters
 * are taken, so a following word in capitals is not swallowed. An account opens with its country's ISO 3166 code (or
 * Kosovo's XK, which the registry uses): a courier's tracking number that opens with two other letters and passes the
 * check by chance ("JD081036449477030221") is none.
 */
public final class IbanDetector implements Detector {

    /** Written in capitals as printed, or all in lower case as typed in a hurry. */
    private static final Pattern START = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:[A-Z]{2}[0-9]{2}(?= ?[A-Z0-9])|[a-z]{2}[0-9]{2}(?= ?[a-z0-9]))");
    /** ISO 11649 creditor references (Finnish invoices' "RF18 5390 0754 7034") use the same check, and are no account. */
    private static final String CREDITOR_REFERENCE = "RF";
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("FI", 18), Map.entry("SE", 24), Map.entry("NO", 15), Map.entry("DK", 18), Map.entry("EE", 20),
            Map.entry("DE", 22), Map.entry("GB", 22), Map.entry("FR", 27), Map.entry("NL", 18), Map.entry("ES", 24),
            Map.entry("IT", 27), Map.entry("BE", 16), Map.entry("AT", 20), Map.entry("PL", 28), Map.entry("LT", 20),
            Map.entry("LV", 21), Map.entry("CH", 21), Map.entry("IE", 22), Map.entry("PT", 25), Map.entry("LU", 20),
            Map.entry("IS", 26), Map.entry("CZ", 24), Map.entry("SK", 24), Map.entry("HU", 28), Map.entry("GR", 27));
    /** The countries an account may open with: ISO 3166's, and Kosovo's, which IBAN's registry adds. */
    private static final Set<String> COUNTRIES = Stream.concat(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream(),
            Stream.of("XK")).collect(Collectors.toUnmodifiableSet());
    /** Two letters and then a run of digits: a match begins two characters before a digit run. */
    private static final Scan.Opening OPENING = Scan.Opening.of(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", IbanDetector::mayStart).beforeDigitRun(2);
    private static final int MIN = 15;
    /** The check digits and at least the shortest bank and account digits of any country's plan. */
    private static final int MIN_DIGITS = 4;
    private static final int MAX = 34;

    @Override
    public void find(Text message, List<Finding> findings) {
        var text = message.value();
        if (message.digits() < MIN_DIGITS) {
            return;
        }
        var start = new Scan(START, message);
        int from = 0;
        while (from < text.length() && start.find(from, OPENING)) {
            int end = end(text, start.match().start());
            if (end > 0) {
                findings.add(new Finding(EntityType.IBAN, start.match().start(), end,
                        Characters.compact(text.substring(start.match().start(), end))));
                from = end;
            } else {
                from = start.match().end();
            }
        }
    }

    /** Two letters of one case and two digits, not after a word (the pattern's look-behind). */
    private static boolean mayStart(String text, int i) {
        if (i + 3 >= text.length() || !Scan.isDigit(text.charAt(i + 2)) || !Scan.isDigit(text.charAt(i + 3))) {
            return false;
        }
        char c = text.charAt(i);
        char d = text.charAt(i + 1);
        boolean letters = (c >= 'A' && c <= 'Z') ? (d >= 'A' && d <= 'Z') : (c >= 'a' && c <= 'z') && (d >= 'a' && d <= 'z');
        return letters && Characters.notAfterWord(text, i, "");
    }

    /** The end of a valid IBAN starting at {@code start}, or -1. */
    private static int end(String text, int start) {
        var compact = new StringBuilder(MAX);
        var ends = new int[MAX + 1];
        char first = Character.isLowerCase(text.charAt(start)) ? 'a' : 'A';
        int i = start;
        while (i < text.length() && compact.length() < MAX) {
            char c = text.charAt(i);
            if ((c >= first && c <= first + 25) || (c >= '0' && c <= '9')) {
                compact.append(Character.toUpperCase(c));
                ends[compact.length()] = i + 1;
                i++;
            } else if (c == ' ' && i + 1 < text.length() && compact.length() % 4 == 0) {
                i++;
            } else {
                break;
            }
        }
        if (compact.substring(0, 2).equals(CREDITOR_REFERENCE) || !COUNTRIES.contains(compact.substring(0, 2))) {
            return -1;
        }
        var known = LENGTHS.get(compact.substring(0, 2));
        int from = known != null ? known : compact.length();
        int to = known != null ? known : MIN;
        for (int length = Math.min(from, compact.length()); length >= to; length--) {
            if ((known == null || length == known) && Characters.boundaryAfter(text, ends[length])
                    && Checksums.iban(compact.substring(0, length))) {
                return ends[length];
            }
        }
        return -1;
    }
}
