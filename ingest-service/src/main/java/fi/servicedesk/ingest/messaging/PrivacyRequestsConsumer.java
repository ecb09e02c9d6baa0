package fi.servicedesk.ingest.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.ingest.events.LegalHoldLifted;
import fi.servicedesk.ingest.events.LegalHoldPlaced;
import fi.servicedesk.ingest.events.RequestAnswered;
import fi.servicedesk.ingest.events.RightsRequested;
import fi.servicedesk.ingest.holds.LegalHolds;
import fi.servicedesk.ingest.rights.SubjectRequests;
import fi.servicedesk.kit.inbox.Deliveries;
import fi.servicedesk.kit.inbox.Inbox;
import fi.servicedesk.kit.inbox.IncomingEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * rights-service's commands and legal holds. The inbox row, the effect and the answer in the
 * outbox commit together; an access reply's parts are committed before, a part a transaction
 * (SubjectRequests.writeAccess). A failure that passes is tried again; any other rolls back and
 * sends the record to the dead-letter topic (Deliveries).
 */
@ApplicationScoped
public class PrivacyRequestsConsumer {

    private final Deliveries deliveries;
    private final Inbox inbox;
    private final SubjectRequests requests;
    private final LegalHolds holds;
    private final ObjectMapper json;

    PrivacyRequestsConsumer(Deliveries deliveries, Inbox inbox, SubjectRequests requests, LegalHolds holds, ObjectMapper json) {
        this.deliveries = deliveries;
        this.inbox = inbox;
        this.requests = requests;
        this.holds = holds;
        this.json = json;
    }

    @Incoming("privacy-requests")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        deliveries.apply("privacy-requests", record, this::prepare, (event, access) -> {
            switch (event.type()) {
                case RightsRequested.ACCESS, RightsRequested.RECTIFICATION, RightsRequested.ERASURE,
                     RightsRequested.OBJECTION -> command(event, access);
                case LegalHoldPlaced.TYPE -> holds.place(json.readValue(event.data(), LegalHoldPlaced.class));
                case LegalHoldLifted.TYPE -> holds.lift(json.readValue(event.data(), LegalHoldLifted.class));
                default -> { } // other owners' traffic on the same topic
            }
        });
    }

    /**
     * An access command's reply parts, each committed in a transaction of its own before the answer
     * (SubjectRequests.writeAccess); nothing for other records, or for a command applied already.
     */
    private SubjectRequests.AccessReply prepare(IncomingEvent event) throws JsonProcessingException {
        if (!RightsRequested.ACCESS.equals(event.type())) {
            return null;
        }
        var request = json.readValue(event.data(), RightsRequested.class);
        if (!request.addressedTo(RequestAnswered.SERVICE) || inbox.applied(event)) {
            return null;
        }
        return requests.writeAccess(request);
    }

    private void command(IncomingEvent event, SubjectRequests.AccessReply access) throws JsonProcessingException {
        var request = json.readValue(event.data(), RightsRequested.class);
        if (!request.addressedTo(RequestAnswered.SERVICE)) {
            return; // asked again of another owner only
        }
        switch (event.type()) {
            case RightsRequested.ACCESS -> requests.access(request, access);
            case RightsRequested.RECTIFICATION -> requests.rectify(request);
            case RightsRequested.ERASURE -> requests.erase(request);
            default -> requests.object(request);
        }
    }
}
