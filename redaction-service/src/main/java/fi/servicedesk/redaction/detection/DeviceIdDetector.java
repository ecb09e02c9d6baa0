package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A phone's IMEI after its label ("IMEI 35-150746-348751-1", "IMEI-koodi: 350887430716536"): it names the owner's
 * device, and through the operator the owner, so a bot's corpus may not keep it (R8.2, R9.4). Fifteen digits with a
 * Luhn check digit, or the fourteen without it and the sixteen of an IMEISV, which have none; spaced or hyphenated as
 * printed. Without the label fifteen such digits starting 2–6 are a payment card's, so a card and a phone number are
 * not read after it.
 */
public final class DeviceIdDetector implements Detector {

    private static final Pattern LABELLED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?i:imei)(?:[- ]?(?i:sv|koodi|numero|code|number))?:?[ \\t]*"
                    + "([0-9](?:[ -]?[0-9]){13,15})(?![\\p{L}\\p{N}]|[.,][0-9])");
    /** The words that may follow the label before the number, as the pattern's. */
    private static final Set<String> LABEL_WORDS = Set.of("sv", "koodi", "numero", "code", "number");
    private static final int IMEI_DIGITS = 15;

    @Override
    public void find(Text message, List<Finding> findings) {
        var text = message.value();
        if (message.digits() < IMEI_DIGITS - 1 || !mentionsImei(text)) {
            return;
        }
        var m = LABELLED.matcher(text);
        while (m.find()) {
            var digits = Characters.compact(m.group(1));
            if (digits.length() != IMEI_DIGITS || Checksums.luhn(digits)) {
                findings.add(new Finding(EntityType.DEVICE_ID, m.start(1), m.end(1), digits));
            }
        }
    }

    /**
     * Whether the number starting at {@code i} follows an IMEI's label ("IMEI ", "IMEISV: ", "IMEI-koodi ", "IMEI code
     * "), so it is no card's. A phone number read inside the IMEI is shorter than this detector's finding and yields.
     */
    static boolean followsLabel(String text, int i) {
        int end = i;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t' || text.charAt(end - 1) == ':')) {
            end--;
        }
        int start = wordStart(text, end);
        if (isLabel(text, start, end)) {
            return true;
        }
        boolean joined = start > 0 && (text.charAt(start - 1) == '-' || text.charAt(start - 1) == ' ');
        return joined && LABEL_WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT))
                && isLabel(text, wordStart(text, start - 1), start - 1);
    }

    private static int wordStart(String text, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static boolean isLabel(String text, int start, int end) {
        boolean imei = end - start == 4 || end - start == 6 && text.regionMatches(true, start + 4, "sv", 0, 2);
        return imei && text.regionMatches(true, start, "imei", 0, 4);
    }

    private static boolean mentionsImei(String text) {
        return text.indexOf("IMEI") >= 0 || text.indexOf("imei") >= 0 || text.indexOf("Imei") >= 0;
    }
}
