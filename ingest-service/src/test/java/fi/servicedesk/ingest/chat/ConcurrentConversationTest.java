package fi.servicedesk.ingest.chat;

import fi.servicedesk.ingest.Chats;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The chat platform delivers a conversation's messages in parallel: the first ones of a new
 * conversation arrive at once, and must make one contact with every message numbered (R5.5); so
 * must later ones of a known conversation. Within one JVM the group commit's lane of the
 * conversation already orders them; the contact's lock, which orders them across replicas, is
 * ContactLockTest's.
 */
@QuarkusTest
class ConcurrentConversationTest {

    private static final int MESSAGES = 8;

    @Inject
    EntityManager entityManager;

    @Test
    void firstMessagesOfANewConversationArrivingAtOnceMakeOneContactNumberedWithoutGaps() throws Exception {
        var person = Chats.newPerson();
        var conversation = "conv-" + UUID.randomUUID();
        sayAtOnce(person, conversation, 0);

        var contacts = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(c) from Contact c where c.externalId = :x", Long.class)
                .setParameter("x", conversation).getSingleResult());
        assertEquals(1L, contacts, "one contact for the conversation");
        assertEquals(IntStream.rangeClosed(1, MESSAGES).boxed().toList(), seqsOf(conversation), "every message, numbered 1…n");
    }

    @Test
    void laterMessagesOfAKnownConversationArrivingAtOnceAreNumberedWithoutGaps() throws Exception {
        var person = Chats.newPerson();
        var conversation = "conv-" + UUID.randomUUID();
        person.says(conversation, "ensimmäinen viesti");
        sayAtOnce(person, conversation, 1);

        assertEquals(IntStream.rangeClosed(1, MESSAGES + 1).boxed().toList(), seqsOf(conversation),
                "the first message and every later one, numbered 1…n");
    }

    private static void sayAtOnce(Chats person, String conversation, int said) throws Exception {
        var start = new CountDownLatch(1);
        List<Callable<String>> senders = IntStream.range(said, said + MESSAGES)
                .<Callable<String>>mapToObj(i -> () -> {
                    start.await();
                    return person.says(conversation, "viesti " + i);
                })
                .toList();
        try (var threads = Executors.newFixedThreadPool(MESSAGES)) {
            var results = senders.stream().map(threads::submit).toList();
            start.countDown();
            for (var result : results) {
                result.get();
            }
        }
    }

    private List<Integer> seqsOf(String conversation) {
        var contactId = Chats.contactIdOf(entityManager, conversation);
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select m.seq from Message m where m.contactId = :c order by m.seq", Integer.class)
                .setParameter("c", contactId).getResultList());
    }
}
