package fi.servicedesk.rights.saga;

import fi.servicedesk.rights.Dpo;
import fi.servicedesk.rights.Owners;
import fi.servicedesk.rights.events.Topics;
import fi.servicedesk.testsupport.KafkaTestClient;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static fi.servicedesk.rights.Dpo.dpo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The erasure benchmark on this service's side (#6): from {@code execute} to the case
 * COMPLETED, less the owners' own work (simulated here, they answer as soon as the command is read).
 * Opt-in, and it only logs the figures (a `BENCHMARK` line). Run with
 * {@code ./mvnw -B -o test -pl rights-service -Dtest=ErasureBenchmarkTest -Dbenchmark=true}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ErasureBenchmarkTest {

    @Test
    void erasureOfASubjectWithTenThousandMessagesIsConfirmedByEveryOwner() {
        var id = Dpo.verified("ERASURE", Dpo.subject());
        var executed = Instant.now();
        dpo().post("/api/v1/requests/{id}/execute", id).then().statusCode(202);
        var command = KafkaTestClient.await(Topics.REQUESTS, r -> id.equals(r.key()), 1, Duration.ofSeconds(30)).getFirst();
        // The record's timestamp is when the outbox relay produced it; await() reads on a while longer.
        var published = Instant.ofEpochMilli(command.timestamp());

        Owners.answer(Owners.INGEST, id, "ERASURE", List.of(Map.of("category", "contact", "count", 21),
                Map.of("category", "message", "count", 10_000), Map.of("category", "recording", "count", 20)), List.of(), null);
        Owners.answer(Owners.REDACTION, id, "ERASURE", List.of(Map.of("category", "corpus", "count", 10_000)), List.of(), null);
        var answered = Instant.now();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> "COMPLETED".equals(Dpo.get(id).getString("status")));

        var c = Dpo.get(id);
        var completed = Dpo.historyAt(c, "COMPLETED", "rights-service");
        assertTrue(c.getString("owners[0].summary").contains("message 10000"), c.getString("owners[0].summary"));
        assertEquals("ANSWERED", c.getString("owners[1].status"));
        Log.infof("BENCHMARK erasure: execute → command on Kafka %d ms; last answer on Kafka → COMPLETED %d ms;"
                        + " rights-service's share %d ms (the owners' own deletion comes on top)",
                millis(executed, published), millis(answered, completed),
                millis(executed, published) + millis(answered, completed));
    }

    private static long millis(Instant from, Instant to) {
        return Duration.between(from, to).toMillis();
    }
}
