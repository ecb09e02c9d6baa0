package fi.servicedesk.ingest.capture;

import fi.servicedesk.ingest.chat.ChatCapture;
import fi.servicedesk.ingest.chat.ChatEvent;
import fi.servicedesk.kit.problem.ProblemException;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhooks arriving together share one transaction, yet each is answered only after that
 * transaction committed, one failing webhook fails alone, and a repeated webhook-id stays a
 * duplicate inside a group as well.
 */
@QuarkusTest
class GroupCommitTest {

    private static final int WEBHOOKS = 12;

    @Inject
    EntityManager entityManager;

    /** One lane and a long linger, so webhooks sent together surely meet in one group. */
    private GroupCommit groupCommit;

    @BeforeEach
    void oneLaneWithALongLinger() {
        groupCommit = new GroupCommit(1, Duration.ofMillis(300), 64, entityManager);
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ChatCapture capture;

    @Test
    void webhooksArrivingTogetherShareATransactionAndEachIsAnsweredAfterItsCommit() throws Exception {
        var conversation = "conv-" + UUID.randomUUID();
        var transactions = ConcurrentHashMap.<Long>newKeySet();
        var seenAfterAnswer = new ArrayList<Future<Boolean>>();
        var start = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(WEBHOOKS)) {
            for (int i = 0; i < WEBHOOKS; i++) {
                var webhookId = "msg_" + UUID.randomUUID();
                seenAfterAnswer.add(threads.submit(() -> {
                    start.await();
                    answered(conversation, () -> {
                        transactions.add(currentTransaction());
                        return capture.capture(webhookId, message(conversation, "viesti"));
                    });
                    return receivedElsewhere(webhookId);
                }));
            }
            start.countDown();
            for (var seen : seenAfterAnswer) {
                assertTrue(seen.get(), "a webhook's receipt is committed when its caller is answered");
            }
        }
        assertTrue(transactions.size() < WEBHOOKS, "webhooks that came together shared a transaction: " + transactions.size());
        assertEquals(IntStream.rangeClosed(1, WEBHOOKS).boxed().toList(), seqsOf(conversation),
                "every message stored, numbered 1…n");
    }

    @Test
    void oneFailingWebhookFailsAloneAndTheOthersOfItsGroupAreStored() throws Exception {
        var conversation = "conv-" + UUID.randomUUID();
        var bad = "msg_" + UUID.randomUUID();
        var good = IntStream.range(0, 5).mapToObj(i -> "msg_" + UUID.randomUUID()).toList();
        var start = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(good.size() + 1)) {
            Callable<Boolean> failing = () -> {
                start.await();
                return answered(conversation, () -> {
                    capture.capture(bad, message(conversation, "huono"));
                    throw new ProblemException(422, "Refused", "This one fails after it wrote its rows.");
                });
            };
            var failed = threads.submit(failing);
            var stored = good.stream().map(id -> threads.submit(() -> {
                start.await();
                return answered(conversation, () -> capture.capture(id, message(conversation, "hyvä")));
            })).toList();
            start.countDown();

            var failure = assertThrows(ExecutionException.class, failed::get);
            assertInstanceOf(ProblemException.class, failure.getCause(), "the failing webhook gets its own failure");
            for (var answer : stored) {
                assertTrue(answer.get(), "each other webhook is stored");
            }
        }
        for (var id : good) {
            assertTrue(receivedElsewhere(id));
        }
        assertFalse(receivedElsewhere(bad), "nothing of the failed webhook is kept");
        assertEquals(IntStream.rangeClosed(1, good.size()).boxed().toList(), seqsOf(conversation));
    }

    @Test
    void aRepeatedWebhookIdInOneGroupIsStoredOnce() throws Exception {
        var conversation = "conv-" + UUID.randomUUID();
        var webhookId = "msg_" + UUID.randomUUID();
        var start = new CountDownLatch(1);
        List<Boolean> firsts = new ArrayList<>();
        try (var threads = Executors.newFixedThreadPool(4)) {
            var answers = IntStream.range(0, 4).mapToObj(i -> threads.submit(() -> {
                start.await();
                return answered(conversation, () -> capture.capture(webhookId, message(conversation, "sama")));
            })).toList();
            start.countDown();
            for (var answer : answers) {
                firsts.add(answer.get());
            }
        }
        assertEquals(1, firsts.stream().filter(Boolean::booleanValue).count(), "one first receipt, the rest duplicates");
        assertEquals(List.of(1), seqsOf(conversation), "one message stored");
    }

    /** What a webhook's caller gets: the result once its transaction committed, else the unit's own failure. */
    private <T> T answered(String conversation, Supplier<T> work) {
        try {
            return groupCommit.submit(conversation, work).join();
        } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    private static ChatEvent message(String conversation, String text) {
        return new ChatEvent.MessageSent(conversation, "m-" + UUID.randomUUID(), Instant.now(),
                new ChatEvent.Sender(ChatEvent.Role.END_USER, null, null, null, null), text);
    }

    private long currentTransaction() {
        return ((Number) entityManager.createNativeQuery("select txid_current()").getSingleResult()).longValue();
    }

    /** Whether the receipt is visible to another connection outside any transaction of this test. */
    private boolean receivedElsewhere(String webhookId) {
        return QuarkusTransaction.suspendingExisting().call(() -> {
            try (var connection = dataSource.getConnection();
                 var select = connection.prepareStatement("select count(*) from webhook_receipt where webhook_id = ?")) {
                select.setString(1, webhookId);
                try (var rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1) == 1;
                }
            }
        });
    }

    private List<Integer> seqsOf(String conversation) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select m.seq from Message m, Contact c where m.contactId = c.id and c.externalId = :x order by m.seq",
                        Integer.class)
                .setParameter("x", conversation).getResultList());
    }
}
