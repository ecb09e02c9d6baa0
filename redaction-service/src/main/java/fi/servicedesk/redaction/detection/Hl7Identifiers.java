package fi.servicedesk.redaction.detection;

import java.util.List;

/**
 * An HL7 v2 message's identifiers are no phones (R5.3 covers a person's number): a patient's record or national number
 * in its identifier field, which names the authority that gave it after the number's component separators
 * ("PID|1||022283756^^^NHS^NH||…", "PID|1||001 375 4415^^^SE^PN||…"), and whatever the message header segment
 * holds ("MSH|^~\&|…|ADT^A08|004612053778|P|2.4": its control id and time stamps; the header names no person). A
 * phone in a segment's phone field has no such separators after it ("||0790394742", "||+358 40 … ^PRN^PH") and stays.
 */
final class Hl7Identifiers {

    /** The separators of an HL7 identifier's empty check-digit components before its assigning authority. */
    private static final String TO_AUTHORITY = "^^^";
    private static final String HEADER = "MSH";

    private Hl7Identifiers() {
    }

    /** Drops the phones found from {@code first} on that are an HL7 message's identifiers. */
    static void drop(String text, List<Finding> findings, int first) {
        for (int i = findings.size() - 1; i >= first; i--) {
            var phone = findings.get(i);
            if (phone.type() == EntityType.PHONE
                    && (text.startsWith(TO_AUTHORITY, phone.end()) || inHeader(text, phone.start()))) {
                findings.remove(i);
            }
        }
    }

    private static boolean inHeader(String text, int start) {
        return Hl7Segments.is(text, Characters.lineStart(text, start), HEADER);
    }
}
