package fi.servicedesk.kit.inbox;

import fi.servicedesk.testsupport.KafkaTestClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** DESIGN §3: each event applied once; only what can never be applied is dead-lettered, once, and counted. */
@QuarkusTest
class DeliveriesTest {

    static final String DEAD_LETTERS = "servicedesk.dlq.kit-test";

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry meters;

    @Test
    void redeliveredEventIsAppliedOnce() {
        var id = UUID.randomUUID().toString();
        KafkaTestClient.sendCloudEvent(TestConsumer.TOPIC, "k", id, "test.v1", "{\"n\":1}");
        KafkaTestClient.sendCloudEvent(TestConsumer.TOPIC, "k", id, "test.v1", "{\"n\":1}");
        var marker = UUID.randomUUID().toString();
        KafkaTestClient.sendCloudEvent(TestConsumer.TOPIC, "k", marker, "test.v1", "{\"n\":2}");

        await().atMost(Duration.ofSeconds(20)).until(() -> applied(marker) == 1);
        assertEquals(1, applied(id), "the second delivery changed nothing");
    }

    @Test
    void recordThatBreaksARuleIsDeadLetteredOnceAndTheNextIsApplied() {
        var poison = UUID.randomUUID().toString();
        var next = UUID.randomUUID().toString();
        double before = deadLettered("IllegalArgumentException");

        KafkaTestClient.sendCloudEvent(TestConsumer.TOPIC, poison, poison, "test.v1", "{\"poison\":true}");
        KafkaTestClient.sendCloudEvent(TestConsumer.TOPIC, poison, poison, "test.v1", "{\"poison\":true}");
        KafkaTestClient.sendCloudEvent(TestConsumer.TOPIC, next, next, "test.v1", "{\"n\":3}");

        await().atMost(Duration.ofSeconds(20)).until(() -> applied(next) == 1);
        var dead = KafkaTestClient.await(DEAD_LETTERS, r -> poison.equals(r.key()), 2, Duration.ofSeconds(10));
        assertEquals(1, dead.size(), "dead-lettered once, though delivered twice");
        assertEquals("{\"poison\":true}", dead.getFirst().value());
        assertEquals(poison, KafkaTestClient.header(dead.getFirst(), "ce_deadletterid"));
        assertEquals("IllegalArgumentException", KafkaTestClient.header(dead.getFirst(), "ce_deadletterreason"));
        assertEquals(TestConsumer.CHANNEL, KafkaTestClient.header(dead.getFirst(), "ce_deadletterchannel"));
        assertEquals(before + 1, deadLettered("IllegalArgumentException"));
        assertEquals(0, applied(poison));
    }

    @Test
    void recordThatIsNoCloudEventIsDeadLettered() {
        var key = UUID.randomUUID().toString();
        KafkaTestClient.sendRaw(TestConsumer.TOPIC, key, Map.of(), "not an event");

        var dead = KafkaTestClient.await(DEAD_LETTERS, r -> key.equals(r.key()), 1, Duration.ofSeconds(20));
        assertEquals(1, dead.size());
        assertEquals("not an event", dead.getFirst().value());
    }

    private long applied(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from applied where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }

    private double deadLettered(String reason) {
        var counter = meters.find("dead.lettered").tags("channel", TestConsumer.CHANNEL, "reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

}
