package fi.servicedesk.redaction.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * The consumer path's throughput (issue #4: Kafka in, PostgreSQL out, target 3,000 messages/s):
 * produces N message-captured events (default 50,000; {@code -Dbenchmark.messages=…}) built from
 * the evaluation set's texts and identifiers, ten messages a conversation, to the in-JVM broker,
 * and times until every entry is in the corpus. Opt-in, and it only logs the figures (a
 * {@code BENCHMARK} line); docs/redaction.md has them. Run with
 * {@code ./mvnw -B -o test -pl redaction-service -Dtest=InteractionsThroughputBenchmarkTest -Dbenchmark=true}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class InteractionsThroughputBenchmarkTest {

    private static final int PER_CONVERSATION = 10;
    private static final int SEND_CHUNK = 5_000;

    @Inject
    EntityManager entityManager;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void storesFiftyThousandCapturedMessages() throws IOException {
        int messages = Integer.getInteger("benchmark.messages", 50_000);
        var samples = samples();
        long before = corpusSize();

        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long start = System.nanoTime();
        var contactId = UUID.randomUUID();
        var chunk = new ArrayList<CapturedEvents.Event>(SEND_CHUNK);
        for (int i = 0; i < messages; i++) {
            if (i % PER_CONVERSATION == 0) {
                contactId = UUID.randomUUID();
            }
            var data = samples.get(i % samples.size()).deepCopy()
                    .put("contactId", contactId.toString())
                    .put("messageId", UUID.randomUUID().toString())
                    .put("sequence", i % PER_CONVERSATION + 1);
            chunk.add(new CapturedEvents.Event(contactId.toString(), UUID.randomUUID().toString(), data.toString()));
            if (chunk.size() == SEND_CHUNK) {
                CapturedEvents.send(chunk);
                chunk.clear();
            }
        }
        CapturedEvents.send(chunk);
        double produced = (System.nanoTime() - start) / 1e9;
        long cpuProduced = os.getProcessCpuTime();
        long storedWhileProducing = corpusSize() - before;

        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> corpusSize() - before >= messages);
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpuAfter = os.getProcessCpuTime();
        double cpu = (cpuAfter - cpuBefore) / 1e9;
        long remaining = messages - storedWhileProducing;
        // The producer runs in this JVM too; after it is done the consumer has the machine to itself.
        Log.infof("BENCHMARK consumer path: %d messages stored in %.1f s = %.0f messages/s; all produced after %.1f s,"
                        + " the remaining %d stored at %.0f messages/s; this JVM's CPU %.1f s (%.0f µs a message, producer"
                        + " and broker included; %.0f µs a message after the last was produced); load average %s",
                messages, seconds, messages / seconds, produced, remaining, remaining / (seconds - produced), cpu,
                cpu * 1e6 / messages, (cpuAfter - cpuProduced) / 1e3 / remaining, loadAverage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private long corpusSize() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from corpus_entry").getSingleResult()).longValue());
    }

    /** The evaluation set's messages as message-captured payloads with their identifiers. */
    private List<ObjectNode> samples() throws IOException {
        var out = new ArrayList<ObjectNode>();
        try (var reader = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/evaluation/evaluation-set.jsonl"), StandardCharsets.UTF_8))) {
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                var labelled = json.readTree(line);
                var known = labelled.get("known");
                var payload = json.createObjectNode()
                        .put("channel", "CHAT").put("speaker", "END_USER")
                        .put("language", labelled.get("language").asText()).put("text", labelled.get("text").asText())
                        .put("occurredAt", "2026-11-20T08:15:02Z").put("storedAt", "2026-11-20T08:15:03Z")
                        .put("agentName", known.get("agentName").asText());
                payload.putObject("subject").put("name", known.get("name").asText())
                        .put("email", known.get("email").asText(null)).put("username", known.get("username").asText(null))
                        .put("phone", "+358401234567");
                out.add(payload);
            }
        }
        return out;
    }
}
