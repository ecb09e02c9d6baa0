package fi.servicedesk.kit.cloudevents;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * CloudEvents 1.0 in Kafka's binary content mode (DESIGN §2): the envelope in {@code ce_*}
 * headers, the data as the record's value.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    /** Extension attributes (lower-case letters and digits only, CloudEvents §3.1.1) get this prefix too. */
    public static final String PREFIX = "ce_";

    private CloudEventHeaders() {
    }

    /** Writes the envelope of one event; {@code subject} may be null. */
    public static void write(Headers headers, String id, String type, String source, Instant time, String subject) {
        put(headers, SPEC_VERSION, "1.0");
        put(headers, ID, id);
        put(headers, TYPE, type);
        put(headers, SOURCE, source);
        put(headers, TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.atOffset(ZoneOffset.UTC)));
        if (subject != null) {
            put(headers, SUBJECT, subject);
        }
        put(headers, CONTENT_TYPE, "application/json");
    }

    public static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** The header's text, or null when the record has none. */
    public static String read(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
