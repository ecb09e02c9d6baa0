package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A number that a text sent from a message log tells its reader to call ("2027-06-14 20:58:26 → 358401234567:
 * Päivystys on ruuhkautunut, soita 0600 12 345.", "→ 46701234567: Ring oss på 08-123 456 78", "→ …: call us on 020
 * …"): the log is the sender's — a clinic's, a shop's, a harbour's booking system's — and the text it sends to a
 * person's number gives its own line to call back, no person's phone (R5.3). Only the call's verb right before the
 * number, maybe "us" and "on": a text that names whom to call ("soita Annalle 040 …", "call Tom on 07…") passes a
 * person's number on and keeps it, and so does a message received from the person ("←"), whose number it gives.
 */
final class NumbersSentTextsAskToCall {

    /** The imperative of calling, maybe "us" and a preposition or "the number", right before the number. */
    private static final Pattern CALL_US = Pattern.compile("(?<![\\p{L}\\p{N}])(?:soita|soittakaa|soittele|ring|ringa|call|phone)"
            + "(?: +(?:meille|oss|us))?(?: +(?:numeroon|numerosta|på|numret|nummer|on|at))? +$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How far before the number the verb may start: "soittakaa meille numeroon " and a mark before it. */
    private static final int REACH = 32;

    private NumbersSentTextsAskToCall() {
    }

    /** Drops the phones found from {@code first} on that a sent text of a message log tells its reader to call. */
    static void drop(String text, List<Finding> findings, int first) {
        if (text.indexOf('→') < 0 && !text.contains("->")) {
            return;
        }
        for (int i = findings.size() - 1; i >= first; i--) {
            var phone = findings.get(i);
            if (phone.type() == EntityType.PHONE && toldToCall(text, phone.start())) {
                findings.remove(i);
            }
        }
    }

    private static boolean toldToCall(String text, int start) {
        int reach = Math.max(0, start - REACH);
        if (!CALL_US.matcher(text).region(reach, start).useTransparentBounds(true).find()) {
            return false;
        }
        int lineStart = Characters.lineStart(text, start);
        int message = MessageLogLines.sentMessageStart(text, lineStart, start);
        return message >= 0 && message < start;
    }
}
