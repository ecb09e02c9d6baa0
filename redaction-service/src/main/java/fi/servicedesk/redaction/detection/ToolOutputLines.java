package fi.servicedesk.redaction.detection;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a line is what a tool printed rather than what a person wrote, by the shapes logs share: it opens with a
 * time stamp ("2026-04-12 15:00:06 openvpn[79313]: …", "Apr 12 14:48:09 vpn-gw01 : …", "07:00 Notified …") and is no
 * chat's turn (a capitalised speaker and a colon after the stamp: "[02/10/2027, 06:39:19] Maintenance: …"), or it
 * holds a log level or a result in capitals ("ERROR", "FAILED"), a key=value pair ("status=BUSY"), a path with two
 * or more separators ("/var/log/auth.log", "C:\Temp") or is a Java stack frame ("\tat com.firma.Foo.open(Native
 * Method)"). Asked only for a word already marked, so the line is read rarely.
 */
final class ToolOutputLines {

    /** A date or a time opening the line, after an optional bracket; a syslog stamp opens with the month's name. */
    private static final Pattern TIME_STAMP = Pattern.compile(
            "[ \\t]*\\[?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\\d{1,2} +)?"
                    + "(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{1,2}:\\d{2})[0-9T:.,+/ Z-]*\\]?[ \\t]*");
    /** A chat's speaker after the stamp: capitalised words and a colon. */
    private static final Pattern SPEAKER = Pattern.compile("(?:-[ \\t]+)?\\p{Lu}[\\p{L}'.-]*(?: [\\p{L}'.-]+){0,2}:");
    /** Syslog's and the common loggers' levels, and the results tools print in capitals. */
    private static final Set<String> LEVELS = Set.of("ERROR", "ERR", "WARN", "WARNING", "INFO", "DEBUG", "TRACE", "FATAL",
            "CRIT", "CRITICAL", "NOTICE", "SEVERE", "FAILED", "FAILURE", "DENIED", "BLOCKED", "REJECTED", "SUCCESS",
            "SUCCEEDED");
    /** The first characters of a line that reads as a whole. */
    private static final int STAMP_WINDOW = 48;
    private static final int PATH_SEPARATORS = 2;

    private ToolOutputLines() {
    }

    /** Whether the line that holds {@code offset} is a tool's. */
    static boolean holds(String text, int offset) {
        int line = Characters.lineStart(text, offset);
        int end = Characters.lineEnd(text, offset);
        return opensWithTimeStamp(text, line, end) || isStackFrame(text, line, end) || holdsToolMarks(text, line, end);
    }

    private static boolean opensWithTimeStamp(String text, int line, int end) {
        var stamp = TIME_STAMP.matcher(text).region(line, Math.min(end, line + STAMP_WINDOW));
        if (!stamp.lookingAt()) {
            return false;
        }
        return !SPEAKER.matcher(text).region(stamp.end(), end).lookingAt();
    }

    /** "\tat com.firma.Foo.open(Native Method)": a frame of a Java stack trace. */
    private static boolean isStackFrame(String text, int line, int end) {
        int i = line;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i > line && text.startsWith("at ", i) && text.indexOf('(', i) > 0 && text.indexOf('(', i) < end;
    }

    /** A level or result in capitals, a key=value pair or a path, anywhere on the line. */
    private static boolean holdsToolMarks(String text, int line, int end) {
        int word = -1;
        int separators = 0;
        for (int i = line; i <= end; i++) {
            char c = i < end ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '_') {
                if (word < 0) {
                    word = i;
                }
                continue;
            }
            if (word >= 0 && LEVELS.contains(text.substring(word, i))) {
                return true;
            }
            word = -1;
            if (c == '=' && i > line && isKeyCharacter(text.charAt(i - 1)) && i + 1 < end && isValueStart(text.charAt(i + 1))) {
                return true;
            }
            if (c == ' ' || c == '\t') {
                separators = 0;
            } else if ((c == '/' || c == '\\') && i + 1 < end && Character.isLetter(text.charAt(i + 1))
                    && !(i > line && text.charAt(i - 1) == '/') && ++separators >= PATH_SEPARATORS && !isLink(text, i, line)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKeyCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isValueStart(char c) {
        return c != '=' && c != ' ' && c != '\t' && c != '"' && c != '\'';
    }

    /** A web link's path ("https://example.com/a/b") is a reference in prose, not a tool's path. */
    private static boolean isLink(String text, int i, int line) {
        int word = i;
        while (word > line && text.charAt(word - 1) != ' ' && text.charAt(word - 1) != '\t') {
            word--;
        }
        int scheme = text.indexOf("://", word);
        return scheme >= 0 && scheme < i;
    }
}
