package fi.servicedesk.kit.inbox;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A consumer as a service writes one: its effect is a row; data containing "poison" breaks a rule. */
@ApplicationScoped
public class TestConsumer {

    static final String CHANNEL = "kit-test";
    static final String TOPIC = "kit.test.in";

    private final Deliveries deliveries;
    private final EntityManager entityManager;

    TestConsumer(Deliveries deliveries, EntityManager entityManager) {
        this.deliveries = deliveries;
        this.entityManager = entityManager;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        deliveries.apply(CHANNEL, record, event -> {
            if (event.data().contains("poison")) {
                throw new IllegalArgumentException("a rule this event breaks");
            }
            entityManager.createNativeQuery("insert into applied (event_id, body) values (:id, :body)")
                    .setParameter("id", event.id())
                    .setParameter("body", event.data())
                    .executeUpdate();
        });
    }
}
