package fi.servicedesk.ingest.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.ingest.events.SweepRequested;
import fi.servicedesk.ingest.retention.RetentionSweep;
import fi.servicedesk.kit.inbox.Deliveries;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * retention-service's sweeps (R8). The deletions run first, outside any transaction, each batch
 * committing on its own (RetentionSweep.run), so a sweep over millions of rows outlasts no
 * transaction timeout; then the inbox row, the stored report and its outbox event commit together
 * in one short transaction (the kit's Deliveries, which also retries both steps while a failure
 * passes). A redelivery before that (a crash mid-sweep) sweeps again, which
 * deletes only what is left; one after it finds the stored report and sends nothing twice.
 * The record stays unacknowledged for the whole sweep, so the channel's
 * throttled.unprocessed-record-max-age.ms (application.properties) is set above the longest sweep.
 */
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
        deliveries.apply("retention-sweeps", record,
                event -> SweepRequested.TYPE.equals(event.type())
                        ? sweep.run(json.readValue(event.data(), SweepRequested.class)) : null,
                (event, report) -> {
                    if (report != null) {
                        sweep.report(report);
                    }
                });
    }
}
