package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Single-thread speed of the engine on the evaluation set, as the corpus consumer uses it
 * (known identifiers, numbered placeholders). Prints MB/s and messages/s. The 20 MB/s target is
 * measured by {@link RedactionBenchmark} (docs/redaction.md, Speed), never asserted: the floor
 * asserted here only catches a backtracking blow-up, which costs orders of magnitude.
 */
class RedactionThroughputTest {

    private static final double FLOOR_MB_PER_S = 0.05;

    @Test
    void redactsTheEvaluationSetFastOnOneThread() throws IOException {
        var messages = RedactionEvaluationTest.load();
        long bytes = messages.stream().mapToLong(m -> m.text().getBytes(StandardCharsets.UTF_8).length).sum();
        var redactor = new Redactor();
        long sink = 0;
        for (int warmUp = 0; warmUp < 50; warmUp++) {
            sink += pass(redactor, messages);
        }
        int rounds = 100;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            sink += pass(redactor, messages);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double mbPerSecond = bytes * rounds / seconds / 1e6;
        System.out.printf("Throughput: %.1f MB/s, %.0f messages/s on one thread (%d messages, %d bytes, %d chars out)%n",
                mbPerSecond, messages.size() * rounds / seconds, messages.size(), bytes, sink);
        assertTrue(mbPerSecond > FLOOR_MB_PER_S, mbPerSecond + " MB/s");
    }

    private static long pass(Redactor redactor, java.util.List<RedactionEvaluationTest.Labelled> messages) {
        long length = 0;
        for (var m : messages) {
            length += redactor.redact(m.text(), m.known(), Placeholders.inMemory()).text().length();
        }
        return length;
    }
}
