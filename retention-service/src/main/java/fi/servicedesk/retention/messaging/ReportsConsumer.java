package fi.servicedesk.retention.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.retention.sweep.SweepReports;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Records the owners' sweep reports. The inbox row and the report commit together; an exception
 * rolls both back and sends the record to the dead-letter topic.
 */
@ApplicationScoped
public class ReportsConsumer {

    private final Inbox inbox;
    private final SweepReports reports;
    private final ObjectMapper json;

    ReportsConsumer(Inbox inbox, SweepReports reports, ObjectMapper json) {
        this.inbox = inbox;
        this.reports = reports;
        this.json = json;
    }

    @Incoming("reports")
    @Blocking
    @Transactional
    public void consume(ConsumerRecord<String, String> record) throws JsonProcessingException {
        var event = IncomingEvent.of(record);
        if (!inbox.firstDelivery(event)) {
            return;
        }
        if (SweepCompleted.TYPES.contains(event.type())) {
            reports.record(json.readValue(event.data(), SweepCompleted.class));
        }
    }
}
