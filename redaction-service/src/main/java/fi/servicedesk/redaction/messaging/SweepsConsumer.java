package fi.servicedesk.redaction.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.kit.inbox.Deliveries;
import fi.servicedesk.redaction.events.SweepRequested;
import fi.servicedesk.redaction.retention.RetentionSweep;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Retention sweep commands (R8.2); the deletions and the report commit with the inbox row. */
@ApplicationScoped
public class SweepsConsumer {

    private final Deliveries deliveries;
    private final RetentionSweep sweep;
    private final ObjectMapper json;

    SweepsConsumer(Deliveries deliveries, RetentionSweep sweep, ObjectMapper json) {
        this.deliveries = deliveries;
        this.sweep = sweep;
        this.json = json;
    }

    @Incoming("retention-sweeps")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        deliveries.apply("retention-sweeps", record, event -> {
            if (SweepRequested.TYPE.equals(event.type())) {
                sweep.sweep(json.readValue(event.data(), SweepRequested.class));
            }
        });
    }
}
