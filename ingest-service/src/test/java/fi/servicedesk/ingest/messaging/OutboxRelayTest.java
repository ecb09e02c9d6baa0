package fi.servicedesk.ingest.messaging;

import fi.servicedesk.testsupport.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DESIGN §3: an event written while the relay is stopped is published once it runs, exactly once. */
@QuarkusTest
@TestProfile(OutboxRelayTest.RelayStopped.class)
class OutboxRelayTest {

    private static final String TOPIC = "test.outbox-relay";

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @Test
    void eventWrittenWhileRelayIsStoppedIsPublishedOnceWhenItRuns() {
        var key = UUID.randomUUID().toString();
        var eventId = QuarkusTransaction.requiringNew().call(() ->
                outbox.publish(TOPIC, key, "fi.servicedesk.ingest.test.v1", Map.of("n", 1)));

        assertTrue(KafkaTestClient.await(TOPIC, r -> key.equals(r.key()), 1, Duration.ofSeconds(2)).isEmpty(),
                "nothing leaves while the relay is stopped");

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

    public static class RelayStopped implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ingest.outbox.relay-every", "off");
        }
    }
}
