package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An IMEI without its label (R8.2, R9.4): after the word for the handset that carries it ("kuljettaja … (login,
 * päätelaite 490154203237518)", "driver's handset 49-015420-323751-8", "enhet 49015420 3237518"), or printed in the
 * IMEI's own grouping of two, six, six and one digits ("49-015420-323751-8"), which no other number is written in.
 * Without the label the fifteen digits must pass the IMEI's Luhn check: a handset's word is often followed by its
 * model's number or the phone's own, and those fail it nine times in ten. They are grouped as IMEIs are printed:
 * together, 2-6-6-1 with hyphens or spaces, or the type code's eight and the serial's seven.
 */
final class ImeisOfAHandset {

    /** The fifteen digits of an IMEI as printed: "490154203237518", "49-015420-323751-8", "49015420 3237518". */
    private static final String IMEI = "([0-9]{15}|[0-9]{2}([- ])[0-9]{6}\\2[0-9]{6}\\2[0-9]|[0-9]{8}[ -][0-9]{7})";
    private static final String ENDS = "(?![\\p{L}\\p{N}]|[.,-][0-9])";
    /**
     * A handset's word in Finnish, Swedish and English, in any case or inflection: "päätelaite", "laitteen",
     * "puhelimen", "enhet", "telefonen", "mobil", "handset", "device", "terminal".
     */
    private static final Pattern AFTER_THE_HANDSET = Pattern.compile("(?<![\\p{L}\\p{N}])(?i:päätelait\\p{L}*|lait(?:e|teen)"
            + "|puhelin\\p{L}*|enhet\\p{L}*|telefon\\p{L}*|mobil\\p{L}*|handset|handheld|device|terminal)"
            + DeviceIdDetector.BETWEEN_LABEL_AND_DIGITS + IMEI + ENDS);
    /** The IMEI's own grouping, whatever stands before it. */
    private static final Pattern GROUPED = Pattern.compile(
            "(?<![\\p{L}\\p{N}]|[0-9][.,-])([0-9]{2}-[0-9]{6}-[0-9]{6}-[0-9])" + ENDS);
    private static final int IMEI_DIGITS = 15;

    private ImeisOfAHandset() {
    }

    static void find(String text, List<Finding> findings) {
        for (var pattern : List.of(AFTER_THE_HANDSET, GROUPED)) {
            var m = pattern.matcher(text);
            while (m.find()) {
                var digits = Characters.compact(m.group(1));
                if (digits.length() == IMEI_DIGITS && Checksums.luhn(digits) && !found(findings, m.start(1), m.end(1))) {
                    findings.add(new Finding(EntityType.DEVICE_ID, m.start(1), m.end(1), digits));
                }
            }
        }
    }

    /** Whether its label or its column has named the IMEI already ("päätelaite IMEI 35-…"). */
    private static boolean found(List<Finding> findings, int start, int end) {
        for (var finding : findings) {
            if (finding.type() == EntityType.DEVICE_ID && finding.start() < end && start < finding.end()) {
                return true;
            }
        }
        return false;
    }
}
