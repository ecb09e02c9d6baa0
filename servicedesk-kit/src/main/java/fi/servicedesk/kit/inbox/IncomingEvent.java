package fi.servicedesk.kit.inbox;

import fi.servicedesk.kit.cloudevents.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The CloudEvent (Kafka binary mode) in a consumed record: envelope from headers, data as JSON text. */
public record IncomingEvent(String id, String type, String key, String data) {

    /** @throws IllegalArgumentException when the record is no CloudEvent: it can never be applied. */
    public static IncomingEvent of(ConsumerRecord<String, String> record) {
        var id = CloudEventHeaders.read(record.headers(), CloudEventHeaders.ID);
        var type = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE);
        if (id == null || type == null || record.value() == null) {
            throw new IllegalArgumentException("Not a CloudEvent: ce_id, ce_type or data missing at " + position(record));
        }
        return new IncomingEvent(id, type, record.key(), record.value());
    }

    static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "/" + record.partition() + "@" + record.offset();
    }
}
