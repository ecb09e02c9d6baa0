package fi.servicedesk.ingest.messaging;

import fi.servicedesk.testsupport.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DESIGN §3: a row whose wake-up was lost (a crash between the commit and the relay) waits while the
 * schedule is off, and is published once the relay runs, exactly once. The row is written as
 * {@link Outbox} writes it but without its {@link OutboxWritten}, which would relay it at once.
 */
@QuarkusTest
@TestProfile(OutboxWakeTest.NoSchedule.class)
class OutboxRelayTest {

    private static final String TOPIC = "test.outbox-relay";

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @Test
    void rowWithoutItsWakeUpIsPublishedOnceWhenTheRelayRuns() {
        var key = UUID.randomUUID().toString();
        var eventId = QuarkusTransaction.requiringNew().call(() -> writtenWithoutWakeUp(key));

        assertTrue(KafkaTestClient.await(TOPIC, r -> key.equals(r.key()), 1, Duration.ofSeconds(2)).isEmpty(),
                "nothing leaves while the relay is neither woken nor scheduled");

        relay.relayPending();
        relay.relayPending();

        var published = KafkaTestClient.await(TOPIC, r -> key.equals(r.key()), 2, Duration.ofSeconds(10));
        assertEquals(1, published.size(), "published exactly once");
        assertEquals(eventId.toString(), KafkaTestClient.header(published.getFirst(), "ce_id"));
        assertEquals("fi.servicedesk.ingest.test.v1", KafkaTestClient.header(published.getFirst(), "ce_type"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(e) from OutboxEvent e where e.id = :id", Long.class)
                .setParameter("id", eventId).getSingleResult()), "sent rows leave the outbox");
    }

    private UUID writtenWithoutWakeUp(String key) {
        var event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = TOPIC;
        event.messageKey = key;
        event.type = "fi.servicedesk.ingest.test.v1";
        event.subject = key;
        event.payload = "{\"n\":1}";
        event.createdAt = Instant.now();
        entityManager.persist(event);
        return event.id;
    }
}
