package fi.servicedesk.redaction.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.redaction.retention.CorpusSweep;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Retention sweep commands (R8.2); the deletions and the report commit with the inbox row. */
@ApplicationScoped
public class SweepsConsumer {

    private final Inbox inbox;
    private final CorpusSweep sweep;
    private final ObjectMapper json;

    SweepsConsumer(Inbox inbox, CorpusSweep sweep, ObjectMapper json) {
        this.inbox = inbox;
        this.sweep = sweep;
        this.json = json;
    }

    @Incoming("retention-sweeps")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) throws JsonProcessingException {
        var event = IncomingEvent.of(record);
        if (inbox.firstDelivery(event) && SweepRequested.TYPE.equals(event.type())) {
            sweep.sweep(json.readValue(event.data(), SweepRequested.class));
        }
    }
}
