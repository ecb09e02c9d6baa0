package fi.servicedesk.ingest.subjects;

import fi.servicedesk.ingest.Chats;
import fi.servicedesk.ingest.crypto.BlindIndex;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * R10.1/R10.3: a person whose first messages arrive in several chats at the same moment is one
 * subject, so access and erasure find all of their contacts.
 */
@QuarkusTest
class ConcurrentIdentificationTest {

    private static final int CHATS = 8;

    @Inject
    EntityManager entityManager;

    @Inject
    BlindIndex index;

    @Test
    void firstMessagesOfOnePersonInEightChatsAtOnceMakeOneSubjectHoldingEveryContact() throws Exception {
        var person = Chats.newPerson();
        var start = new CountDownLatch(1);
        var conversations = new ArrayList<String>();
        var sent = new ArrayList<Future<String>>();
        try (var threads = Executors.newFixedThreadPool(CHATS)) {
            for (int i = 0; i < CHATS; i++) {
                var conversation = "conv-" + UUID.randomUUID();
                conversations.add(conversation);
                sent.add(threads.submit(() -> {
                    start.await();
                    return person.says(conversation, "Hei, sähköposti ei toimi");
                }));
            }
            start.countDown();
            for (var chat : sent) {
                chat.get();
            }
        }

        assertEquals(List.of(1L), QuarkusTransaction.requiringNew().call(() -> List.of(entityManager
                .createQuery("select count(s) from Subject s where s.emailIndex = :index", Long.class)
                .setParameter("index", index.of(SubjectRegistry.EMAIL, person.email())).getSingleResult())),
                "one subject for the one e-mail");
        var subjectsOfContacts = new HashSet<UUID>();
        for (var conversation : conversations) {
            subjectsOfContacts.add(QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createQuery("select c.subjectId from Contact c where c.externalId = :x", UUID.class)
                    .setParameter("x", conversation).getSingleResult()));
        }
        assertEquals(1, subjectsOfContacts.size(), "every contact on the one subject");
    }
}
