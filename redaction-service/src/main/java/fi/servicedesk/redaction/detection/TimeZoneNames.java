package fi.servicedesk.redaction.detection;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A time zone's name names a place's clock, not a person (R3.2 asks only for people): the IANA database's
 * "Area/Location" ("Europe/Helsinki", "America/Argentina/Buenos_Aires") and Windows' "… Standard Time" ("FLE Standard
 * Time", "W. Europe Standard Time", "Pacific Daylight Time"), as a calendar, a tenant's settings or a rota's export
 * writes them, and Windows' display name of a zone, its offset and then its cities to the line's end, as Outlook puts it
 * after a forwarded invitation's time ("(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius", "(UTC) Coordinated
 * Universal Time"), and the zone's city that a meeting invitation writes after the time on its "Time:" line ("Time:
 * 2027-08-15 00:09 London", "Aika: 15.4.2026 09:00 AM Helsinki", Zoom's). Their words keep no mark, whichever rule or
 * the tagger read a surname or a given name in them.
 */
final class TimeZoneNames {

    /** The IANA database's areas, the first part of every zone's name. */
    private static final Set<String> AREAS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
            "Australia", "Europe", "Indian", "Pacific", "Etc");
    private static final String[] WINDOWS_ENDINGS = {" Standard Time", " Daylight Time"};
    /** What opens a Windows display name: "(UTC", then ")" or a sign and the offset's "02:00" before its ")". */
    private static final String WINDOWS_OFFSET = "(UTC";
    private static final int OFFSET_LENGTH = "+02:00".length();
    /** The most words before "Standard Time" in Windows' names ("Cen. Australia", "W. Central Africa"). */
    private static final int MOST_WORDS = 3;
    /** The labels of an invitation's time line, English, Finnish and Swedish. */
    private static final String[] TIME_LABELS = {"Time: ", "Aika: ", "Tid: ", "When: ", "Milloin: ", "När: "};
    /** Between the clock and the city's word: "AM" or "PM", and the city's words before it. */
    private static final Pattern CITY_BEFORE = Pattern.compile("(?: [AaPp][Mm])?(?: \\p{Lu}[\\p{L}.'-]*){0,2} ");
    /** After the city's word to the line's end: its other words. */
    private static final Pattern CITY_AFTER = Pattern.compile("(?: \\p{Lu}[\\p{L}.'-]*){0,2}[ \\t\\r]*");

    private TimeZoneNames() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && (inZoneIdentifier(text, tokens.start(t), tokens.end(t)) || beforeWindowsEnding(text, tokens, t)
                    || afterWindowsOffset(text, tokens.start(t)) || endsTimeLine(text, tokens, t))) {
                names[t] = false;
            }
        }
    }

    /** The word is a part of "Area/Location…": the run of letters, '_', '-' and '/' it stands in opens with an area and a slash. */
    private static boolean inZoneIdentifier(String text, int start, int end) {
        int runStart = start;
        while (runStart > 0 && isZoneChar(text.charAt(runStart - 1))) {
            runStart--;
        }
        int areaEnd = runStart;
        while (areaEnd < text.length() && Character.isLetter(text.charAt(areaEnd))) {
            areaEnd++;
        }
        return areaEnd + 1 < text.length() && text.charAt(areaEnd) == '/' && Character.isUpperCase(text.charAt(areaEnd + 1))
                && AREAS.contains(text.substring(runStart, areaEnd));
    }

    private static boolean isZoneChar(char c) {
        return Character.isLetter(c) || c == '_' || c == '-' || c == '/';
    }

    /**
     * The word stands after a display name's offset on its line, "(UTC)" or "(UTC+02:00)", with nothing but the zone's
     * words, commas and points between (a name after the cities is on a line or clause of its own).
     */
    private static boolean afterWindowsOffset(String text, int start) {
        int i = start - 1;
        while (i >= 0 && isDisplayNameChar(text.charAt(i))) {
            i--;
        }
        if (i < 0 || text.charAt(i) != ')') {
            return false;
        }
        int open = text.lastIndexOf(WINDOWS_OFFSET, i);
        if (open < 0) {
            return false;
        }
        int sign = open + WINDOWS_OFFSET.length();
        return sign == i || i - sign == OFFSET_LENGTH && "+-−".indexOf(text.charAt(sign)) >= 0 && text.charAt(sign + 3) == ':';
    }

    /**
     * "Time: 2027-08-15 00:09 London": a word of the last up to {@link #MOST_WORDS} capitalised words of a line labelled
     * with a time, right after the clock's "hh:mm" (and "AM" or "PM"; "New York").
     */
    private static boolean endsTimeLine(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        int lineStart = Characters.lineStart(text, start);
        if (!opensWithTimeLabel(text, lineStart)) {
            return false;
        }
        int lineEnd = Characters.lineEnd(text, start);
        int clockEnd = text.lastIndexOf(':', start) + 3;
        return clockEnd > lineStart + 4 && clockEnd <= start && isClock(text, clockEnd)
                && CITY_BEFORE.matcher(text).region(clockEnd, start).matches()
                && CITY_AFTER.matcher(text).region(tokens.end(t), lineEnd).matches();
    }

    private static boolean opensWithTimeLabel(String text, int lineStart) {
        for (var label : TIME_LABELS) {
            if (text.startsWith(label, lineStart)) {
                return true;
            }
        }
        return false;
    }

    /** "00:09" ends at {@code end}: two digits, a colon, two digits. */
    private static boolean isClock(String text, int end) {
        return Character.isDigit(text.charAt(end - 1)) && Character.isDigit(text.charAt(end - 2))
                && Character.isDigit(text.charAt(end - 4));
    }

    private static boolean isDisplayNameChar(char c) {
        return Character.isLetter(c) || c == ' ' || c == ',' || c == '.' || c == '-' || c == '\'';
    }

    /** "Standard" or "Daylight" of the ending itself, or up to {@link #MOST_WORDS} words on its line before it. */
    private static boolean beforeWindowsEnding(String text, Tokens tokens, int t) {
        for (var ending : WINDOWS_ENDINGS) {
            if (text.regionMatches(tokens.start(t), ending, 1, ending.length() - 1) && tokens.start(t) > 0 && text.charAt(tokens.start(t) - 1) == ' ') {
                return true;
            }
        }
        for (int k = t; k < tokens.size() && k < t + MOST_WORDS; k++) {
            for (var ending : WINDOWS_ENDINGS) {
                if (text.startsWith(ending, tokens.end(k))) {
                    return true;
                }
            }
            if (k + 1 < tokens.size() && breaksLine(text, tokens.end(k), tokens.start(k + 1))) {
                return false;
            }
        }
        return false;
    }

    /** Whether a line ends between {@code from} and {@code to}: only the gap is read, not the rest of the message. */
    private static boolean breaksLine(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }
}
