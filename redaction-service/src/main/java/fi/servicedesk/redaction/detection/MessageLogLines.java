package fi.servicedesk.redaction.detection;

import java.util.regex.Pattern;

/**
 * A text message log's line: the time a message went or came, an arrow of its way ("→" sent, "←" received), the
 * other end's number and, after a colon, the message ("2026-11-17 09:48:30 → 905389406127: Muistutus…"). The number
 * so placed is the person's the message went to or came from (R5.3), however an SMS gateway writes it.
 */
final class MessageLogLines {

    /** A clock time, its seconds maybe, then the arrow of a message's way, spaced: what opens the number. */
    private static final Pattern TIME_AND_WAY = Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}(?::\\d{2})? +(?:→|←|->|<-) +$");
    /** The longest time and arrow: "09:48:30 → " and spaces to spare. */
    private static final int REACH = 16;

    private MessageLogLines() {
    }

    /** Whether the run of digits {@code [start, end)} stands after a time and an arrow, the message after its colon. */
    static boolean addressedAt(String text, int start, int end) {
        return end + 1 < text.length() && text.charAt(end) == ':' && text.charAt(end + 1) == ' '
                && TIME_AND_WAY.matcher(text).region(Math.max(0, start - REACH), start).useTransparentBounds(true).find();
    }
}
