package fi.servicedesk.redaction.detection;

/**
 * iCalendar's and vCard's content lines (RFC 5545 §3.1, §3.3.11; RFC 6350 §3.2) as a person reads them: a calendar
 * invitation pasted into a ticket folds its lines at 75 octets, a line break and one space or tab, wherever that
 * falls ("CN=Kuikka" and " mäki" on two lines, "mail" and " to:"), and writes a text value's line breaks, commas and
 * semicolons as escapes ("Puhelin\n+358…\, Helsinki"). An attendee's name or number is still theirs across a fold
 * (R3.2, R8.2), so {@link DecodedMessage} reads the folds as nothing and the escapes as the characters they stand
 * for, between the object's "BEGIN:V…" and its last "END:V…" line only: elsewhere a line that opens with a space is
 * indented prose, and a backslash a path's.
 */
final class ContentLines {

    private static final String BEGIN = "BEGIN:V";
    private static final String END = "END:V";

    private ContentLines() {
    }

    /**
     * Where the message's calendar or card objects are, as {@code start << 32 | end}; -1 where it holds none. The end
     * is that of the last "END:V…" line, or the message's end where an object is cut off.
     */
    static long region(String text) {
        int begin = text.indexOf(BEGIN);
        if (begin < 0 || !opensLine(text, begin)) {
            return -1;
        }
        int end = text.lastIndexOf(END);
        int to = end < begin ? text.length() : Characters.lineEnd(text, end);
        return (long) begin << 32 | to;
    }

    static int start(long region) {
        return (int) (region >>> 32);
    }

    static int end(long region) {
        return (int) region;
    }

    /** How many characters the fold at {@code at} takes (a line break and one space or tab); 0 where none is there. */
    static int fold(String text, int at) {
        int lineBreak = text.startsWith("\r\n", at) ? 2 : text.charAt(at) == '\n' ? 1 : 0;
        int next = at + lineBreak;
        return lineBreak > 0 && next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t') ? lineBreak + 1 : 0;
    }

    /** The character a text escape at {@code at} stands for ({@code \n}, {@code \,}, {@code \;}, {@code \\}), as {@link DecodedMessage#read}; 0 where none opens there. */
    static long escape(String text, int at) {
        if (text.charAt(at) != '\\' || at + 1 >= text.length()) {
            return 0;
        }
        return switch (text.charAt(at + 1)) {
            case 'n', 'N' -> DecodedMessage.read(2, '\n');
            case ',', ';', '\\' -> DecodedMessage.read(2, text.charAt(at + 1));
            default -> 0;
        };
    }

    private static boolean opensLine(String text, int at) {
        return at == 0 || text.charAt(at - 1) == '\n';
    }
}
