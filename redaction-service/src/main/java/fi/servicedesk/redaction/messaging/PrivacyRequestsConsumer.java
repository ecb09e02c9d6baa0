package fi.servicedesk.redaction.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.kit.inbox.Deliveries;
import fi.servicedesk.kit.inbox.IncomingEvent;
import fi.servicedesk.redaction.events.RequestAnswered;
import fi.servicedesk.redaction.events.RightsRequested;
import fi.servicedesk.redaction.rights.SubjectRequests;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Rights commands (R10.1–R10.3) for this owner. Legal holds on the same topic concern purpose-A
 * data, which this service does not hold, so they are recorded in the inbox and nothing else.
 */
@ApplicationScoped
public class PrivacyRequestsConsumer {

    private final Deliveries deliveries;
    private final SubjectRequests requests;
    private final ObjectMapper json;

    PrivacyRequestsConsumer(Deliveries deliveries, SubjectRequests requests, ObjectMapper json) {
        this.deliveries = deliveries;
        this.requests = requests;
        this.json = json;
    }

    @Incoming("privacy-requests")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        deliveries.apply("privacy-requests", record, event -> {
            switch (event.type()) {
                case RightsRequested.ACCESS, RightsRequested.ERASURE, RightsRequested.OBJECTION,
                     RightsRequested.RECTIFICATION -> command(event);
                default -> {
                }
            }
        });
    }

    private void command(IncomingEvent event) throws JsonProcessingException {
        var request = json.readValue(event.data(), RightsRequested.class);
        if (!request.addressedTo(RequestAnswered.SERVICE)) {
            return; // asked again of another owner only
        }
        switch (event.type()) {
            case RightsRequested.ACCESS -> requests.access(request);
            case RightsRequested.ERASURE -> requests.erase(request, "ERASURE");
            case RightsRequested.OBJECTION -> requests.erase(request, "OBJECTION");
            default -> requests.rectify(request);
        }
    }
}
