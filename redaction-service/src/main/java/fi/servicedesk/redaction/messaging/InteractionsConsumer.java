package fi.servicedesk.redaction.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.redaction.corpus.CorpusIntake;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Takes ingest's captured messages into the corpus. The inbox row and the corpus entry commit
 * together; an exception rolls both back and sends the record to the dead-letter topic.
 */
@ApplicationScoped
public class InteractionsConsumer {

    private final Inbox inbox;
    private final CorpusIntake intake;
    private final ObjectMapper json;

    InteractionsConsumer(Inbox inbox, CorpusIntake intake, ObjectMapper json) {
        this.inbox = inbox;
        this.intake = intake;
        this.json = json;
    }

    @Incoming("interactions")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) throws JsonProcessingException {
        var event = IncomingEvent.of(record);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        if (MessageCaptured.TYPE.equals(event.type())) {
            intake.add(json.readValue(event.data(), MessageCaptured.class));
        }
    }
}
