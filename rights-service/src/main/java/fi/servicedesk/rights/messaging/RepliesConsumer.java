package fi.servicedesk.rights.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.rights.saga.ReplyHandling;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The owners' answers on privacy.replies.v1. The inbox row and the effect commit together; an
 * exception rolls both back and sends the record to the dead-letter topic.
 */
@ApplicationScoped
public class RepliesConsumer {

    private final Inbox inbox;
    private final ReplyHandling handling;
    private final ObjectMapper json;

    RepliesConsumer(Inbox inbox, ReplyHandling handling, ObjectMapper json) {
        this.inbox = inbox;
        this.handling = handling;
        this.json = json;
    }

    @Incoming("replies")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) throws JsonProcessingException {
        var event = IncomingEvent.of(record);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        switch (event.type()) {
            case AccessChunk.INGEST, AccessChunk.REDACTION -> handling.chunk(json.readValue(event.data(), AccessChunk.class));
            case RequestAnswered.INGEST, RequestAnswered.REDACTION ->
                    handling.answer(json.readValue(event.data(), RequestAnswered.class));
            default -> {
                // Other services' events on the topic are not ours to handle.
            }
        }
    }
}
