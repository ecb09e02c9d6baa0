package fi.servicedesk.kit.inbox;

import fi.servicedesk.kit.ProxiedPostgres;
import fi.servicedesk.testsupport.KafkaTestClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DESIGN §3: the database unreachable for 10 s in the middle of consumption is a failure that
 * passes: nothing is dead-lettered, nothing lost, nothing applied twice.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final int EVENTS = 200;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry meters;

    @Test
    void databaseAwayForTenSecondsLosesNothingAndDeadLettersNothing() throws InterruptedException {
        var batch = "outage-" + UUID.randomUUID();
        var events = new ArrayList<KafkaTestClient.CloudEvent>();
        for (int i = 0; i < EVENTS; i++) {
            events.add(new KafkaTestClient.CloudEvent(batch + "-" + (i % 3), UUID.randomUUID().toString(), "test.v1",
                    "{\"batch\":\"%s\",\"n\":%d}".formatted(batch, i)));
        }
        double deadLetteredBefore = deadLettered();

        KafkaTestClient.sendCloudEvents(TestConsumer.TOPIC, events.subList(0, EVENTS / 2));
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(batch) > 0);
        ProxiedPostgres.proxy().pause();
        try {
            KafkaTestClient.sendCloudEvents(TestConsumer.TOPIC, events.subList(EVENTS / 2, EVENTS));
            Thread.sleep(10_000);
        } finally {
            ProxiedPostgres.proxy().resume();
        }

        await().atMost(Duration.ofSeconds(120)).until(() -> applied(batch) >= EVENTS);
        Thread.sleep(1_000);
        assertEquals(EVENTS, applied(batch), "every event applied exactly once");
        assertEquals(EVENTS, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(distinct event_id) from applied where body like :batch")
                .setParameter("batch", "%" + batch + "%").getSingleResult()).intValue()));
        assertEquals(deadLetteredBefore, deadLettered(), "nothing dead-lettered");
        assertTrue(KafkaTestClient.await(DeliveriesTest.DEAD_LETTERS, r -> r.value().contains(batch), 1,
                Duration.ofSeconds(2)).isEmpty(), "nothing on the dead-letter topic");
    }

    private int applied(String batch) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from applied where body like :batch")
                .setParameter("batch", "%" + batch + "%").getSingleResult()).intValue());
    }

    private double deadLettered() {
        return meters.find("dead.lettered").counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
