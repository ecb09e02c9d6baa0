package fi.servicedesk.rights.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.kit.cloudevents.CloudEventHeaders;
import fi.servicedesk.kit.inbox.Deliveries;
import fi.servicedesk.rights.events.AccessChunk;
import fi.servicedesk.rights.events.RequestAnswered;
import fi.servicedesk.rights.saga.ReplyHandling;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The owners' answers on privacy.replies.v1. The inbox row and the effect commit together; an
 * exception rolls both back and sends the record to the dead-letter topic.
 */
@ApplicationScoped
public class RepliesConsumer {

    private final Deliveries deliveries;
    private final ReplyHandling handling;
    private final ObjectMapper json;

    RepliesConsumer(Deliveries deliveries, ReplyHandling handling, ObjectMapper json) {
        this.deliveries = deliveries;
        this.handling = handling;
        this.json = json;
    }

    @Incoming("replies")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        var source = CloudEventHeaders.read(record.headers(), CloudEventHeaders.SOURCE);
        deliveries.apply("replies", record, event -> {
            switch (event.type()) {
                case AccessChunk.INGEST, AccessChunk.REDACTION ->
                        handling.chunk(source, json.readValue(event.data(), AccessChunk.class));
                case RequestAnswered.INGEST, RequestAnswered.REDACTION ->
                        handling.answer(source, json.readValue(event.data(), RequestAnswered.class));
                default -> {
                    // Other services' events on the topic are not ours to handle.
                }
            }
        });
    }
}
