package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;

/**
 * A number its writer takes back in the same breath (R3.2): "sori, 040 123 456 78 eiku ei", "oops 040 123 45 was
 * wrong", "079 880 70 72 21 no wait", "oj 070 12 34 5 var fel" — a digit too many or too few, corrected in the next
 * message, is no one's phone but a look-alike of one. The retraction stands in the number's clause; only a number in
 * its national form: one after "+" was written whole.
 */
final class NumbersTakenBack {

    /** What takes a number back right after it, in lower case. */
    private static final List<String> RETRACTIONS = List.of("eiku", "ei kun", "oli väärin", "oli vaarin", "on väärin",
            "meni väärin", "no wait", "was wrong", "is wrong", "wrong one", "var fel", "är fel", "ar fel", "blev fel");
    /** How far after the number its retraction may stand: "nyss men det är fel". */
    private static final int REACH = 24;
    /** What ends the number's clause: a retraction after it speaks of something else ("X, the old one was wrong"). */
    private static final String CLAUSE_ENDS = "\n,.;!?";

    private NumbersTakenBack() {
    }

    /** Drops the phones found from {@code first} on that their line takes back. */
    static void drop(String text, List<Finding> findings, int first) {
        for (int i = findings.size() - 1; i >= first; i--) {
            var phone = findings.get(i);
            if (phone.type() == EntityType.PHONE && text.charAt(phone.start()) != '+' && takenBack(text, phone.end())) {
                findings.remove(i);
            }
        }
    }

    private static boolean takenBack(String text, int end) {
        int limit = Math.min(text.length(), end + REACH);
        for (int i = end; i < limit; i++) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                limit = i;
            }
        }
        var after = text.substring(end, limit).toLowerCase(Locale.ROOT);
        for (var retraction : RETRACTIONS) {
            if (after.contains(retraction)) {
                return true;
            }
        }
        return false;
    }
}
