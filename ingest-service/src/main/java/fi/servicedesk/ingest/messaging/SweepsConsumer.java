package fi.servicedesk.ingest.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.ingest.retention.RetentionSweep;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * retention-service's sweeps. The inbox row and the report commit together; the deletions
 * before them commit in batches, and are harmless to repeat if the report's transaction fails.
 */
@ApplicationScoped
public class SweepsConsumer {

    private final Inbox inbox;
    private final RetentionSweep sweep;
    private final ObjectMapper json;

    SweepsConsumer(Inbox inbox, RetentionSweep sweep, ObjectMapper json) {
        this.inbox = inbox;
        this.sweep = sweep;
        this.json = json;
    }

    @Incoming("retention-sweeps")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) throws JsonProcessingException {
        var event = IncomingEvent.of(record);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        if (SweepRequested.TYPE.equals(event.type())) {
            sweep.sweep(json.readValue(event.data(), SweepRequested.class));
        }
    }
}
