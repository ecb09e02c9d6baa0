package fi.servicedesk.rights.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.rights.retention.OwnSweep;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Retention sweeps (R8) on retention.sweeps.v1, for this service's own case records. */
@ApplicationScoped
public class SweepsConsumer {

    private final Inbox inbox;
    private final OwnSweep sweep;
    private final ObjectMapper json;

    SweepsConsumer(Inbox inbox, OwnSweep sweep, ObjectMapper json) {
        this.inbox = inbox;
        this.sweep = sweep;
        this.json = json;
    }

    @Incoming("sweeps")
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
