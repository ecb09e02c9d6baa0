package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The passcode of an online meeting's join block ("Meeting ID: 123 456 789 / Passcode: a1B2c3", Teams' and Zoom's
 * invitations in every language) is given to every invitee with the meeting's id and opens only that meeting: it is
 * the invitation's, not a person's secret, and stays as written (R8.2 redacts what lets someone act as a person). A
 * value is such a passcode where its line or the one before holds a meeting's id after its label ("Meeting ID",
 * "Mötes-ID", "Kokouksen tunnus", "Webinar ID"), and so is the PIN a dial-in bridge asks for after its conference id
 * ("enter conference ID 705041288#, PIN 44875", "Neuvottelutunnus: 969 962 976#" over "Osallistujan PIN: 6084",
 * "Konferens-ID"): every caller of that bridge is given the same one.
 */
final class MeetingPasscodes {

    /**
     * A meeting's or a dial-in bridge's id after its label, in English, Swedish and Finnish: "Meeting ID: 123", "Mötes-ID:
     * 123", "Kokouksen tunnus: 123", "conference ID 123", "Neuvottelutunnus: 123".
     */
    private static final Pattern MEETING_ID = Pattern.compile(
            "(?iu)(?:meeting|mötes|möte|kokouksen|webinar|webinaarin|konferens|conference|neuvottelu)[- ]?(?:id|tunnus|nummer|number)\\s*:?\\s*\\d");

    private MeetingPasscodes() {
    }

    /** Takes off the credentials from {@code from} on that are a join block's passcode. */
    static void removeFrom(String text, List<Finding> findings, int from) {
        for (int f = findings.size() - 1; f >= from; f--) {
            if (findings.get(f).type() == EntityType.CREDENTIAL && inJoinBlock(text, findings.get(f).start())) {
                findings.remove(f);
            }
        }
    }

    private static boolean inJoinBlock(String text, int at) {
        int line = Characters.lineStart(text, at);
        int previous = line == 0 ? 0 : Characters.lineStart(text, line - 1);
        return holdsMeetingId(text, previous, at);
    }

    /** Whether a meeting's id stands in {@code text[from, to)}. */
    static boolean holdsMeetingId(String text, int from, int to) {
        return MEETING_ID.matcher(text).region(from, to).find();
    }
}
