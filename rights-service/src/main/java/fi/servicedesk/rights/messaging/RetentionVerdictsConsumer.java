package fi.servicedesk.rights.messaging;

import fi.servicedesk.kit.inbox.Deliveries;
import fi.servicedesk.rights.compliance.RetentionVerdicts;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** retention-service's verdicts and policy (retention.verdicts.v1), kept for the portal and the metrics. */
@ApplicationScoped
public class RetentionVerdictsConsumer {

    private final Deliveries deliveries;
    private final RetentionVerdicts verdicts;

    RetentionVerdictsConsumer(Deliveries deliveries, RetentionVerdicts verdicts) {
        this.deliveries = deliveries;
        this.verdicts = verdicts;
    }

    @Incoming("retention-verdicts")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        deliveries.apply("retention-verdicts", record, event -> verdicts.record(event.type(), event.data()));
    }
}
