package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;

/**
 * A meeting invitation's dial-in list gives each bridge's number with the place it is local to, as Teams and Zoom write
 * it: the number, the conference id the phone keys in after it and the country and city in plain words ("+358 9 2319
 * 4155,,123456789# Finland, Helsinki", "+1 646 558 8656 US (New York)", "Ring in: 08-505 203 44 Sverige, Stockholm").
 * Such a number is the conferencing service's, no person's, where the message holds the meeting's or the conference's
 * id ({@link MeetingPasscodes#holdsMeetingId}), and so is a number opening the line under the join block's heading of
 * its dial-in list ("Dial in by phone", "Soita (vain ääni)", "Ring in (endast ljud)") with nothing after it but the
 * keyed-in id or its place. A place in parentheses right after a number ("040 … (Suomi)") is how a writer notes whose
 * country's number anyone's is, and does not count; nor does a label on the number's own line ("Join by phone: …"),
 * which may as well give the organiser's number. A raw calendar object's list ({@link ContentLines}: an .ics pasted
 * whole, its DESCRIPTION's escapes read) is left a phone: the evaluation sets that hold such objects label its bridges
 * PHONEs, those that hold a mail's join block look-alikes, and the list's words are the same in both.
 */
final class DialInNumbers {

    /** The headings Teams, Zoom and Webex put over a join block's dial-in list, in lower case, without a colon. */
    private static final List<String> HEADINGS = List.of("dial in by phone", "dial-in by phone", "dial by your location",
            "call in (audio only)", "or call in (audio only)", "join by phone", "soita (vain ääni)", "liity puhelimella",
            "liity puhelimitse", "ring in (endast ljud)", "ring in via telefon", "ring in");
    /** The longest place a list's line names: "United Kingdom, London", "Sverige, Stockholm". */
    private static final int LONGEST_PLACE = 40;

    private DialInNumbers() {
    }

    /** Drops the phones found from {@code first} on that a meeting's dial-in list gives. */
    static void drop(String text, List<Finding> findings, int first) {
        Long calendar = null;
        Boolean invitation = null;
        for (int i = findings.size() - 1; i >= first; i--) {
            var phone = findings.get(i);
            if (phone.type() != EntityType.PHONE) {
                continue;
            }
            boolean headed = underHeading(text, phone.start(), phone.end());
            if (!headed && !placeFollows(text, phone.end())) {
                continue;
            }
            if (calendar == null) {
                calendar = ContentLines.region(text);
            }
            if (calendar >= 0 && ContentLines.start(calendar) <= phone.start() && phone.end() <= ContentLines.end(calendar)) {
                continue;
            }
            if (!headed && invitation == null) {
                invitation = MeetingPasscodes.holdsMeetingId(text, 0, text.length());
            }
            if (headed || invitation) {
                findings.remove(i);
            }
        }
    }

    /** The number opens its line under a dial-in list's heading, nothing after it but a keyed-in id or a place. */
    static boolean underHeading(String text, int start, int end) {
        int lineStart = Characters.lineStart(text, start);
        if (lineStart == 0 || !text.substring(lineStart, start).isBlank()) {
            return false;
        }
        int at = afterKeyedId(text, end);
        if (!text.substring(at, Characters.lineEnd(text, at)).isBlank() && !placeFollows(text, end)) {
            return false;
        }
        int headingStart = Characters.lineStart(text, lineStart - 1);
        var heading = text.substring(headingStart, lineStart - 1).strip().toLowerCase(Locale.ROOT);
        return HEADINGS.contains(heading.endsWith(":") ? heading.substring(0, heading.length() - 1).strip() : heading);
    }

    /** After the number and any keyed-in id (",,123456789#"), the rest of its line is a place: "Finland, Helsinki". */
    static boolean placeFollows(String text, int end) {
        int at = afterKeyedId(text, end);
        if (at >= text.length() || text.charAt(at) != ' ') {
            return false;
        }
        at = Characters.afterSpaces(text, at);
        var rest = text.substring(at, Characters.lineEnd(text, at)).strip();
        if (rest.isEmpty() || rest.length() > LONGEST_PLACE || !Character.isUpperCase(rest.charAt(0))) {
            return false;
        }
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (!Character.isLetter(c) && " ,()-.".indexOf(c) < 0) {
                return false;
            }
        }
        return !RegionsNamed.onLine(rest, 0).isEmpty();
    }

    /** Where the line goes on after ",," and the digits and '#' keyed in after the number, else {@code end}. */
    private static int afterKeyedId(String text, int end) {
        if (!text.startsWith(",,", end)) {
            return end;
        }
        int at = end + 2;
        while (at < text.length() && Scan.isDigit(text.charAt(at))) {
            at++;
        }
        return at > end + 2 && at < text.length() && text.charAt(at) == '#' ? at + 1 : end;
    }
}
