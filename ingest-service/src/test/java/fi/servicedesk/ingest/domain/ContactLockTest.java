package fi.servicedesk.ingest.domain;

import fi.servicedesk.ingest.Chats;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two replicas of ingest may take messages of one conversation at once; the group commit orders them only within
 * one JVM. The contact's locking read makes the second transaction wait for the first and read the number of the
 * message the first wrote, so each message gets the next number (R5.5).
 */
@QuarkusTest
class ContactLockTest {

    @Inject
    ContactRepository contacts;
    @Inject
    EntityManager entityManager;

    @Test
    void aTransactionThatWaitedForTheContactsLockReadsTheNumberTheHolderWrote() throws Exception {
        var conversation = Chats.newPerson().says("conv-" + UUID.randomUUID(), "ensimmäinen viesti");
        var locked = new CountDownLatch(1);
        var holder = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            var known = contacts.receiveKnownForUpdate(WebhookSource.CHAT, "w-" + UUID.randomUUID(), Channel.CHAT, conversation);
            assertEquals(1, known.known().orElseThrow().lastSeq());
            locked.countDown();
            pause();
            entityManager.createNativeQuery("update contact set last_seq = 2 where external_id = ?1")
                    .setParameter(1, conversation).executeUpdate();
        }));
        assertTrue(locked.await(30, TimeUnit.SECONDS), "the first transaction holds the lock");

        var waited = QuarkusTransaction.requiringNew().call(() ->
                contacts.receiveKnownForUpdate(WebhookSource.CHAT, "w-" + UUID.randomUUID(), Channel.CHAT, conversation));
        holder.join();

        assertEquals(2, waited.known().orElseThrow().lastSeq(), "the number the lock's holder wrote, not the one before");
    }

    /** Long enough for the second transaction to reach the lock while the first holds it. */
    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
