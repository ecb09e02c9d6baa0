package fi.servicedesk.kit.outbox;

import fi.servicedesk.kit.config.KitConfig;
import fi.servicedesk.testsupport.KafkaTestClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * DESIGN §3: with two relays on one database (two replicas of a service) every row leaves once and
 * one key's events leave in the order they were written. Rounds are 10 rows here, so the relays
 * meet in the middle of a burst many times.
 */
@QuarkusTest
class TwoRelaysTest {

    private static final String TOPIC = "kit.test.order";
    private static final int KEYS = 3;
    private static final int PER_KEY = 150;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxSender sender;

    @Inject
    KitConfig config;

    @Inject
    MeterRegistry meters;

    @Inject
    Instance<PayloadSeal> seal;

    @Inject
    Clock clock;

    @Test
    void twoRelaysSendEachRowOnceAndEachKeyInOrder() throws Exception {
        var run = UUID.randomUUID().toString();
        var second = new OutboxRelay(entityManager, sender, config, meters, seal, clock);
        var writing = new AtomicBoolean(true);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            var relays = List.of(threads.submit(() -> relayWhile(relay, writing)),
                    threads.submit(() -> relayWhile(second, writing)));
            for (int n = 0; n < PER_KEY; n += 5) {
                int first = n;
                QuarkusTransaction.requiringNew().run(() -> {
                    for (int i = first; i < first + 5; i++) {
                        for (int k = 0; k < KEYS; k++) {
                            outbox.publish(TOPIC, run + "-" + k, "kit.test.order.v1", Map.of("n", i));
                        }
                    }
                });
            }
            writing.set(false);
            for (var relayed : relays) {
                relayed.get();
            }
        }

        var received = KafkaTestClient.await(TOPIC, r -> r.key().startsWith(run), KEYS * PER_KEY, Duration.ofSeconds(30));
        assertEquals(KEYS * PER_KEY, received.size(), "every row sent exactly once");
        var byKey = new HashMap<String, List<Integer>>();
        received.forEach(r -> byKey.computeIfAbsent(r.key(), k -> new ArrayList<>())
                .add(Integer.parseInt(r.value().replaceAll("\\D", ""))));
        byKey.forEach((key, numbers) -> {
            for (int i = 0; i < numbers.size(); i++) {
                assertEquals(i, numbers.get(i), "events of " + key + " in the order written");
            }
        });
    }

    private static Void relayWhile(OutboxRelay relay, AtomicBoolean writing) {
        do {
            relay.relayPending();
        } while (writing.get());
        relay.relayPending();
        return null;
    }
}
