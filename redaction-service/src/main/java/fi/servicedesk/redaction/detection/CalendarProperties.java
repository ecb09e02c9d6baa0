package fi.servicedesk.redaction.detection;

import java.util.Locale;
import java.util.Set;

/**
 * An iCalendar object's content lines (RFC 5545 §3.1), read after {@link ContentLines} unfolded them: "NAME;PARAM=
 * value;…:value". What stands before the value's colon is the syntax's own (ATTENDEE, ROLE=REQ-PARTICIPANT,
 * PARTSTAT=ACCEPTED, TZID=Europe/Helsinki) and names no one, but the common name parameter ("CN=Aino Virta",
 * "CN=\"Virta, Aino\"") is the attendee's or organiser's name (R3.2, R8.2) unless the attendee is a room or a resource
 * (CUTYPE=ROOM: "CN=Neuvotteluhuone Aino" names a room). The values of the properties that only say what the object is
 * and when (BEGIN:VTIMEZONE, TZID, UID, PRODID, LOCATION's room) name no one either; the text ones (SUMMARY,
 * DESCRIPTION, COMMENT) are prose and are read as such.
 */
final class CalendarProperties {

    /** Properties whose value is the object's own: a component, a time zone, an identifier, a place. In capitals. */
    private static final Set<String> SYNTAX_VALUES = Set.of("BEGIN", "END", "TZID", "TZNAME", "TZURL", "UID", "PRODID",
            "METHOD", "VERSION", "STATUS", "CLASS", "TRANSP", "LOCATION", "CALSCALE", "RRULE", "EXDATE", "DTSTART", "DTEND",
            "DTSTAMP", "CREATED", "LAST-MODIFIED", "RECURRENCE-ID", "SEQUENCE", "PRIORITY", "ACTION", "TRIGGER");
    /** Calendar user types whose common name is no person's. */
    private static final Set<String> NO_PERSON = Set.of("ROOM", "RESOURCE", "GROUP");

    private CalendarProperties() {
    }

    /** Takes the mark off the words before each content line's value, and off the values that name no one. */
    static void unmark(String text, Tokens tokens, boolean[] names) {
        long region = ContentLines.region(text);
        if (region < 0) {
            return;
        }
        int end = ContentLines.end(region);
        int t = 0;
        for (int line = ContentLines.start(region); line < end; ) {
            int lineEnd = Math.min(Characters.lineEnd(text, line), end);
            int colon = valueColon(text, line, lineEnd);
            int unmarkTo = colon < 0 ? line : SYNTAX_VALUES.contains(propertyName(text, line, colon)) ? lineEnd : colon;
            while (t < tokens.size() && tokens.start(t) < line) {
                t++;
            }
            for (; t < tokens.size() && tokens.start(t) < lineEnd; t++) {
                if (tokens.start(t) < unmarkTo) {
                    names[t] = false;
                }
            }
            line = lineEnd + 1;
        }
    }

    /**
     * The words of the common names of the persons among the attendees and the organiser ("Aino", "Virta"), added to
     * {@code spans}.
     */
    static void commonNames(String text, DirectoryEntries.Spans spans) {
        long region = ContentLines.region(text);
        if (region < 0) {
            return;
        }
        int end = ContentLines.end(region);
        for (int line = ContentLines.start(region); line < end; ) {
            int lineEnd = Math.min(Characters.lineEnd(text, line), end);
            int colon = valueColon(text, line, lineEnd);
            if (colon > 0 && !NO_PERSON.contains(parameter(text, line, colon, "CUTYPE"))) {
                int cn = parameterStart(text, line, colon, "CN");
                if (cn > 0) {
                    words(text, cn, colon, spans);
                }
            }
            line = lineEnd + 1;
        }
    }

    /** The capitalised words of a parameter's value at {@code from}, quoted or not, up to {@code colon}. */
    private static void words(String text, int from, int colon, DirectoryEntries.Spans spans) {
        boolean quoted = text.charAt(from) == '"';
        int to = quoted ? text.indexOf('"', from + 1) : parameterEnd(text, from, colon);
        if (quoted) {
            from++;
        }
        if (to < 0 || to > colon) {
            return;
        }
        for (int i = from; i < to; ) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '\'')) {
                i++;
            }
            // An initial ("J.") is the name detector's own, joined to the surname after it.
            if ((Character.isUpperCase(text.charAt(start)) || DirectoryEntries.joinedParticle(text, start, i)) && i - start > 1) {
                spans.add(start, i);
            }
        }
    }

    /** The colon that opens the line's value, outside quoted parameter values; -1 where the line is no content line. */
    private static int valueColon(String text, int line, int lineEnd) {
        boolean quoted = false;
        boolean inName = true;
        for (int i = line; i < lineEnd; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ':') {
                return i > line ? i : -1;
            } else if (!quoted && inName && c != ';' && c != '-' && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                // A property's name is in capitals ("ATTENDEE", "X-MS-OLK-SENDER"): "Meeting ID:" is a line of text.
                return -1;
            }
            inName &= c != ';';
        }
        return -1;
    }

    private static String propertyName(String text, int line, int colon) {
        int end = line;
        while (end < colon && text.charAt(end) != ';') {
            end++;
        }
        return text.substring(line, end).toUpperCase(Locale.ROOT);
    }

    /** The value of the parameter {@code name} ("CUTYPE=ROOM" gives "ROOM"), in capitals; empty where the line has none. */
    private static String parameter(String text, int line, int colon, String name) {
        int from = parameterStart(text, line, colon, name);
        return from < 0 ? "" : text.substring(from, parameterEnd(text, from, colon)).toUpperCase(Locale.ROOT);
    }

    /** Where the value of the parameter {@code name} begins (after ";NAME="); -1 where the line has none. */
    private static int parameterStart(String text, int line, int colon, String name) {
        for (int semicolon = text.indexOf(';', line); semicolon >= 0 && semicolon < colon; semicolon = text.indexOf(';', semicolon + 1)) {
            int eq = semicolon + 1 + name.length();
            if (eq < colon && text.charAt(eq) == '=' && text.regionMatches(true, semicolon + 1, name, 0, name.length())) {
                return eq + 1;
            }
        }
        return -1;
    }

    private static int parameterEnd(String text, int from, int colon) {
        int end = from;
        while (end < colon && text.charAt(end) != ';') {
            end++;
        }
        return end;
    }
}
