package fi.servicedesk.redaction.detection;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A text message log's line: the time a message went or came, maybe the channel it went by, an arrow of its way ("→"
 * sent, "←" received), the other end's number and, after a colon, the message ("2026-11-17 09:48:30 → 905389406127:
 * Muistutus…", "05:13 SMS ← 4740122101: kiitos!", as a booking system's change log writes its texts). The number so
 * placed is the person's the message went to or came from (R5.3), however an SMS gateway writes it.
 */
final class MessageLogLines {

    /**
     * A clock time, its seconds maybe, the channel's name maybe ("SMS", "WhatsApp", "tekstiviesti"), then the arrow of a
     * message's way, spaced: what opens the number.
     */
    private static final String TIME_AND_WAY_WRITTEN = "(?<!\\d)\\d{1,2}:\\d{2}(?::\\d{2})? +"
            + "(?:(?:sms|mms|whatsapp|tekstiviesti|textmeddelande) +)?(→|←|->|<-) +";
    private static final Pattern TIME_AND_WAY = Pattern.compile(TIME_AND_WAY_WRITTEN + "$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The time, the way and the other end's number, its colon and space: what opens the message on its line. */
    private static final Pattern ADDRESS = Pattern.compile(TIME_AND_WAY_WRITTEN + "\\+?\\d+: ",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The arrows of a message sent to the number after them. */
    private static final Set<String> SENT = Set.of("→", "->");
    /** The longest time, channel and arrow: "09:48:30 textmeddelande → " and spaces to spare. */
    private static final int REACH = 32;

    private MessageLogLines() {
    }

    /** Whether the run of digits {@code [start, end)} stands after a time and an arrow, the message after its colon. */
    static boolean addressedAt(String text, int start, int end) {
        return end + 1 < text.length() && text.charAt(end) == ':' && text.charAt(end + 1) == ' '
                && TIME_AND_WAY.matcher(text).region(Math.max(0, start - REACH), start).useTransparentBounds(true).find();
    }

    /**
     * Where the message opens on a log's line that has one before {@code at} ("05:13 SMS → 4740122101: "), else
     * {@code lineStart}: the words before it name the message's channel and its end, not a number in the message
     * ("SMS → 4740122101: Varauksesi 44120378 on vahvistettu" has a booking's number, no phone, after "SMS").
     */
    static int messageStart(String text, int lineStart, int at) {
        var address = ADDRESS.matcher(text).region(lineStart, at);
        return address.find() ? address.end() : lineStart;
    }

    /**
     * Where the message opens on a log's line that shows it sent to the number before it ("→", "->"), else -1: the
     * words of such a message are the sender's, a service's or a firm's, to the number's owner.
     */
    static int sentMessageStart(String text, int lineStart, int at) {
        var address = ADDRESS.matcher(text).region(lineStart, at);
        return address.find() && SENT.contains(address.group(1)) ? address.end() : -1;
    }
}
