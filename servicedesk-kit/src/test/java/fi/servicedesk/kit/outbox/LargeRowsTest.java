package fi.servicedesk.kit.outbox;

import fi.servicedesk.testsupport.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rows larger than a round's byte budget (batch-bytes, 64K here) leave a few a round, at least one,
 * and the relay goes on round by round until none is left, in the order written, though each round
 * takes fewer rows than batch-size.
 */
@QuarkusTest
class LargeRowsTest {

    private static final String TOPIC = "kit.test.large";
    private static final int ROWS = 7;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @Test
    void rowsPastTheByteBudgetLeaveInLaterRoundsOfTheSameRelayInOrder() {
        var key = "large-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> IntStream.range(0, ROWS).forEach(n ->
                outbox.publish(TOPIC, key, "kit.test.large.v1", Map.of("n", n, "filler", incompressible(n % 2 == 0 ? 40_000 : 100)))));

        relay.relayPending();

        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select count(*) from outbox where message_key = :key", Long.class)
                .setParameter("key", key).getSingleResult()), "no row left behind by one call of the relay");
        var received = KafkaTestClient.await(TOPIC, r -> r.key().equals(key), ROWS, Duration.ofSeconds(30));
        assertEquals(IntStream.range(0, ROWS).boxed().toList(), numbers(received.stream().map(r -> r.value()).toList()),
                "every row once, in the order written");
    }

    private static List<Integer> numbers(List<String> payloads) {
        return payloads.stream().map(p -> Integer.parseInt(p.replaceAll(".*\"n\":(\\d+).*", "$1"))).toList();
    }

    private static String incompressible(int bytes) {
        var random = new byte[bytes * 3 / 4];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }
}
