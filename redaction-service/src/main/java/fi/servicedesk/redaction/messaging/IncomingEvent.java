package fi.servicedesk.redaction.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;

/** The CloudEvent (Kafka binary mode) in a consumed record: envelope from headers, data as JSON text. */
public record IncomingEvent(String id, String type, String key, String data) {

    public static IncomingEvent of(ConsumerRecord<String, String> record) {
        var id = header(record, "ce_id");
        var type = header(record, "ce_type");
        if (id == null || type == null || record.value() == null) {
            throw new IllegalArgumentException("Not a CloudEvent: ce_id, ce_type or data missing at "
                    + record.topic() + "/" + record.partition() + "@" + record.offset());
        }
        return new IncomingEvent(id, type, record.key(), record.value());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
