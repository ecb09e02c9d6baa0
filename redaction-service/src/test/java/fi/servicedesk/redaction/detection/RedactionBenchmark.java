package fi.servicedesk.redaction.detection;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * JMH benchmark of the engine on the evaluation set, one thread, as the corpus consumer uses it
 * (the event's known identifiers, placeholders numbered per scope). One operation is one message;
 * {@link #main} turns the score into MB/s of UTF-8 input, and also times the same work by the
 * thread's CPU time (the figure a shared machine disturbs least). Run with
 * {@code ./mvnw -B -pl redaction-service -Pbench verify} (docs/redaction.md, Speed).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class RedactionBenchmark {

    private static final int MESSAGES = 1260;

    private final Redactor redactor = new Redactor();
    private List<RedactionEvaluationTest.Labelled> messages;

    @Setup
    public void load() throws IOException {
        messages = RedactionEvaluationTest.load();
        if (messages.size() != MESSAGES) {
            throw new IllegalStateException("the evaluation set has " + messages.size() + " messages, not " + MESSAGES);
        }
    }

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public void redactEvaluationSet(Blackhole out) {
        for (var m : messages) {
            out.consume(redactor.redact(m.text(), m.known(), Placeholders.inMemory()));
        }
    }

    public static void main(String[] args) throws RunnerException, IOException {
        var messages = RedactionEvaluationTest.load();
        long bytes = messages.stream().mapToLong(m -> m.text().getBytes(StandardCharsets.UTF_8).length).sum();
        var result = new Runner(new OptionsBuilder().include(RedactionBenchmark.class.getSimpleName()).build()).runSingle();
        var score = result.getPrimaryResult();
        double bytesPerMessage = (double) bytes / MESSAGES;
        System.out.printf("RedactionBenchmark: %.0f ± %.0f messages/s = %.1f ± %.1f MB/s on one thread (%d messages, %.1f bytes each)%n",
                score.getScore(), score.getScoreError(), score.getScore() * bytesPerMessage / 1e6,
                score.getScoreError() * bytesPerMessage / 1e6, MESSAGES, bytesPerMessage);
        threadCpuTime(messages, bytesPerMessage);
    }

    /**
     * The same work timed by the thread's CPU time, not the wall clock: on a machine whose cores
     * other work shares, the wall clock measures the wait for a core. 10 s of warm-up, then 30
     * rounds of five passes; the best and the median round.
     */
    private static void threadCpuTime(List<RedactionEvaluationTest.Labelled> messages, double bytesPerMessage) {
        var redactor = new Redactor();
        var threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (long end = System.nanoTime() + 10_000_000_000L; System.nanoTime() < end; ) {
            sink += pass(redactor, messages);
        }
        var micros = new double[30];
        for (int round = 0; round < micros.length; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int p = 0; p < 5; p++) {
                sink += pass(redactor, messages);
            }
            micros[round] = (threads.getCurrentThreadCpuTime() - start) / 1e3 / (5.0 * messages.size());
        }
        Arrays.sort(micros);
        System.out.printf("RedactionBenchmark, thread CPU time: best %.2f µs = %.1f MB/s, median %.2f µs = %.1f MB/s a message (%d)%n",
                micros[0], bytesPerMessage / micros[0], micros[micros.length / 2], bytesPerMessage / micros[micros.length / 2], sink % 2);
    }

    private static long pass(Redactor redactor, List<RedactionEvaluationTest.Labelled> messages) {
        long length = 0;
        for (var m : messages) {
            length += redactor.redact(m.text(), m.known(), Placeholders.inMemory()).text().length();
        }
        return length;
    }
}
