package fi.servicedesk.ingest.chat;

import fi.servicedesk.ingest.capture.GroupCommit;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CPU the chat write path costs a message in one JVM, without HTTP: 32 senders, each taking a
 * conversation of ten messages from an end user with a name, e-mail and phone (as
 * {@code bench/LoadChat.java} sends), every message through the group commit and the capture,
 * then the relay until the outbox is empty. The process's CPU time a round, over its messages, is
 * less disturbed by other work on a shared machine than any wall-clock figure; the end users are
 * numbered from 0 in each round, so after the first a conversation's first message finds a known
 * subject. Only with {@code -Dbenchmark=true}; the suite runs C1 only, so measure as it does:
 * {@code JDK_JAVA_OPTIONS=-XX:TieredStopAtLevel=1 ./mvnw -B -o test -pl ingest-service
 * -Dtest=ChatWritePathBenchmarkTest -Dbenchmark=true}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ChatWritePathBenchmarkTest {

    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 10);
    private static final int CONVERSATIONS = 200;
    private static final int MESSAGES_PER_CONVERSATION = 10;
    private static final int SENDERS = 32;

    @Inject
    GroupCommit groupCommit;

    @Inject
    ChatCapture capture;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void cpuAMessage() throws Exception {
        var process = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);
        var os = ManagementFactory.getOperatingSystemMXBean();
        var perMessage = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long before = process.getProcessCpuTime();
            int messages = sendRound(round);
            waitUntilOutboxIsEmpty();
            perMessage[round] = (process.getProcessCpuTime() - before) / 1e6 / messages;
            System.out.printf("chat write path round=%d messages=%d cpu_ms_per_msg=%.3f load=%.1f%n",
                    round, messages, perMessage[round], os.getSystemLoadAverage());
        }
        var warm = Arrays.copyOfRange(perMessage, ROUNDS / 2, ROUNDS);
        Arrays.sort(warm);
        System.out.printf("chat write path warm rounds=%d median_cpu_ms_per_msg=%.3f best=%.3f%n",
                warm.length, warm[warm.length / 2], warm[0]);
    }

    private int sendRound(int round) throws Exception {
        var next = new AtomicInteger();
        var stored = new AtomicInteger();
        try (var senders = Executors.newVirtualThreadPerTaskExecutor()) {
            var done = new ArrayList<java.util.concurrent.Future<?>>();
            for (int s = 0; s < SENDERS; s++) {
                done.add(senders.submit(() -> {
                    for (int user; (user = next.getAndIncrement()) < CONVERSATIONS; ) {
                        var conversation = "bench-" + round + "-" + UUID.randomUUID();
                        var sender = new ChatEvent.Sender(ChatEvent.Role.END_USER, "User " + user,
                                "user" + user + "@example.fi", null, "+35840" + (1_000_000 + user));
                        for (int m = 0; m < MESSAGES_PER_CONVERSATION; m++) {
                            var event = new ChatEvent.MessageSent(conversation, "m-" + UUID.randomUUID(), Instant.now(),
                                    sender, "Viesti " + m + ": tulostin ei tulosta, auttakaa.");
                            var webhookId = "msg_" + UUID.randomUUID();
                            if (groupCommit.submit(conversation, () -> capture.capture(webhookId, event)).join()) {
                                stored.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (var sender : done) {
                sender.get();
            }
        }
        assertEquals(CONVERSATIONS * MESSAGES_PER_CONVERSATION, stored.get(), "every message stored once");
        return stored.get();
    }

    private void waitUntilOutboxIsEmpty() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (outboxRows() > 0) {
            assertTrue(System.nanoTime() < deadline, "the relay empties the outbox");
            Thread.sleep(20);
        }
    }

    private long outboxRows() throws SQLException {
        try (var connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery("select count(*) from outbox where parked_at is null")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
