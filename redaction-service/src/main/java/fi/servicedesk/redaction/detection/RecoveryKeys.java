package fi.servicedesk.redaction.detection;

import java.util.List;

/**
 * A BitLocker recovery key pasted into a chat or an alert (R8.2): eight groups of six digits joined by hyphens. The
 * key unlocks the disk for whoever reads it, and nothing else a desk handles has its shape (a phone, a date or an
 * order number has fewer groups), so the shape alone makes it a credential, with no cue before it.
 */
final class RecoveryKeys {

    private static final int GROUPS = 8;
    private static final int GROUP_DIGITS = 6;
    private static final int KEY_DIGITS = GROUPS * GROUP_DIGITS;

    private RecoveryKeys() {
    }

    static void find(Text message, List<Finding> findings) {
        if (message.digits() < KEY_DIGITS) {
            return;
        }
        var text = message.value();
        for (int run = 0; run < message.digitRunCount(); run++) {
            int start = message.digitRun(run);
            int end = joinedToNothing(text, start - 1) ? keyEnd(text, start) : -1;
            if (end > 0) {
                findings.add(Finding.of(EntityType.CREDENTIAL, text, start, end));
                run += GROUPS - 1;
            }
        }
    }

    /** Where the key that begins at {@code start} ends, or -1 when eight hyphened groups of six do not stand there. */
    private static int keyEnd(String text, int start) {
        int i = start;
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                if (i >= text.length() || text.charAt(i) != '-') {
                    return -1;
                }
                i++;
            }
            for (int digit = 0; digit < GROUP_DIGITS; digit++, i++) {
                if (i >= text.length() || !Scan.isDigit(text.charAt(i))) {
                    return -1;
                }
            }
        }
        return joinedToNothing(text, i) ? i : -1;
    }

    /** No letter, digit or hyphen at {@code i} joins the key to a longer string. */
    private static boolean joinedToNothing(String text, int i) {
        return i < 0 || i >= text.length() || !Characters.isLetterOrNumber(text.charAt(i)) && text.charAt(i) != '-';
    }
}
