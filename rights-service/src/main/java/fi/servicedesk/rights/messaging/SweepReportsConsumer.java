package fi.servicedesk.rights.messaging;

import fi.servicedesk.kit.inbox.Deliveries;
import fi.servicedesk.rights.compliance.SweepResults;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Every owner's sweep report (sweep-completed.v1 on retention.reports.v1), kept for the DPO portal's compliance page. */
@ApplicationScoped
public class SweepReportsConsumer {

    private final Deliveries deliveries;
    private final SweepResults results;

    SweepReportsConsumer(Deliveries deliveries, SweepResults results) {
        this.deliveries = deliveries;
        this.results = results;
    }

    @Incoming("sweep-reports")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        deliveries.apply("sweep-reports", record, event -> {
            if (event.type().endsWith(".sweep-completed.v1")) {
                results.record(event.data());
            }
        });
    }
}
