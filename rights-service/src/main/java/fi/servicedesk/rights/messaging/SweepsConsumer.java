package fi.servicedesk.rights.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.kit.inbox.Deliveries;
import fi.servicedesk.rights.events.SweepRequested;
import fi.servicedesk.rights.retention.RetentionSweep;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Retention sweeps (R8) on retention.sweeps.v1, for this service's own case records. */
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

    @Incoming("sweeps")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        deliveries.apply("sweeps", record, event -> {
            if (SweepRequested.TYPE.equals(event.type())) {
                sweep.sweep(json.readValue(event.data(), SweepRequested.class));
            }
        });
    }
}
