package fi.servicedesk.retention.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.kit.inbox.Deliveries;
import fi.servicedesk.retention.events.SweepCompleted;
import fi.servicedesk.retention.sweep.SweepReports;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Records the owners' sweep reports. The inbox row and the report commit together; an exception
 * rolls both back and sends the record to the dead-letter topic.
 */
@ApplicationScoped
public class ReportsConsumer {

    private final Deliveries deliveries;
    private final SweepReports reports;
    private final ObjectMapper json;

    ReportsConsumer(Deliveries deliveries, SweepReports reports, ObjectMapper json) {
        this.deliveries = deliveries;
        this.reports = reports;
        this.json = json;
    }

    @Incoming("reports")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        deliveries.apply("reports", record, event -> {
            if (SweepCompleted.TYPES.contains(event.type())) {
                reports.record(json.readValue(event.data(), SweepCompleted.class));
            }
        });
    }
}
