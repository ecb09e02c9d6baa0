package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A meter's numbers are no phone (R5.3): its reading, a decimal with one digit after the point or comma ("read
 * 859488.8", "lukema 418468,8"), which no country's plan writes, and its serial number in brackets after the meter's
 * noun and its make and model ("Mittari Diehl Hydrus (55150869)", "Mätare Kamstrup MULTICAL 603 (0967 2538)"); a
 * person's number in brackets follows the person's name, not a meter's noun.
 */
final class MeterNumbers {

    private static final Pattern READING = Pattern.compile("\\d+[.,]\\d");
    /**
     * A meter's noun, as it begins or ends a word ("Mittari", "sähkömittarin", "Mätare", "meter"), then one to three words
     * of make and model, each opening with a capital or a digit, and the opening bracket.
     */
    private static final Pattern MADE_METER = Pattern.compile("(?iu)(?:^|[^\\p{L}])\\p{L}*(?:mittari|mätare|meter)\\p{L}*"
            + "(?:\\s+(?-i)[\\p{Lu}\\p{N}][\\p{L}\\p{N}+-]*){1,3}\\s*\\($");
    /** How far before the bracket a meter's noun may stand. */
    private static final int REACH = 60;

    private MeterNumbers() {
    }

    /** Drops the phones found from {@code first} on that are a meter's reading or its bracketed serial number. */
    static void drop(String text, List<Finding> findings, int first) {
        for (int i = findings.size() - 1; i >= first; i--) {
            var phone = findings.get(i);
            if (phone.type() == EntityType.PHONE && (READING.matcher(text).region(phone.start(), phone.end()).matches()
                    || afterMadeMeter(text, phone.start(), phone.end()))) {
                findings.remove(i);
            }
        }
    }

    private static boolean afterMadeMeter(String text, int start, int end) {
        if (end >= text.length() || text.charAt(end) != ')') {
            return false;
        }
        int from = Math.max(Characters.lineStart(text, start), start - REACH);
        return MADE_METER.matcher(text).region(from, start).find();
    }
}
