package fi.servicedesk.redaction.detection;

/**
 * An HL7 v2 message is a run of segment lines, each opening with its three-character id and the field separator
 * ("MSH|^~\&|…", "PID|1||…", "PV1|1|I|…"), with a field's components parted by carets ("Virtanen^Matti"). The rules
 * that read a segment's fields ({@link Hl7Fields}, {@link Hl7Identifiers}) ask here which segment a line is.
 */
final class Hl7Segments {

    static final char FIELD_SEPARATOR = '|';
    static final char COMPONENT_SEPARATOR = '^';
    private static final int ID_LENGTH = 3;

    private Hl7Segments() {
    }

    /** The id of the segment the line starting at {@code line} is ("PID"), or null when the line is no segment. */
    static String id(String text, int line) {
        return isSegment(text, line) ? text.substring(line, line + ID_LENGTH) : null;
    }

    /** Whether the line starting at {@code line} is a segment with the id {@code id}. */
    static boolean is(String text, int line, String id) {
        return isSegment(text, line) && text.startsWith(id, line);
    }

    /** Where the fields of the segment starting at {@code line} begin: at the separator before its first field. */
    static int fieldsStart(int line) {
        return line + ID_LENGTH;
    }

    private static boolean isSegment(String text, int line) {
        return line + ID_LENGTH < text.length() && text.charAt(line + ID_LENGTH) == FIELD_SEPARATOR;
    }
}
