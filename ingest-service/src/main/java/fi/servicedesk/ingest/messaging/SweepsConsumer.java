package fi.servicedesk.ingest.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.ingest.retention.RetentionSweep;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * retention-service's sweeps (R8). The deletions run first, outside any transaction, each batch
 * committing on its own (RetentionSweep.run), so a sweep over millions of rows outlasts no
 * transaction timeout; then the inbox row, the stored report and its outbox event commit together
 * in one short transaction. A redelivery before that (a crash mid-sweep) sweeps again, which
 * deletes only what is left; one after it finds the stored report and sends nothing twice.
 * The record stays unacknowledged for the whole sweep, so the channel's
 * throttled.unprocessed-record-max-age.ms (application.properties) is set above the longest sweep.
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
    public void consume(ConsumerRecord<String, String> record) throws JsonProcessingException {
        var event = IncomingEvent.of(record);
        var report = SweepRequested.TYPE.equals(event.type())
                ? sweep.run(json.readValue(event.data(), SweepRequested.class)) : null;
        QuarkusTransaction.requiringNew().call(() -> {
            if (inbox.firstDelivery(event) && report != null) {
                sweep.report(report);
            }
            return null;
        });
    }
}
