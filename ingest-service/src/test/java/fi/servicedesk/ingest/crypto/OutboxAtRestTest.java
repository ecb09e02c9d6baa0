package fi.servicedesk.ingest.crypto;

import fi.servicedesk.ingest.Chats;
import fi.servicedesk.ingest.events.Topics;
import fi.servicedesk.kit.outbox.Outbox;
import fi.servicedesk.testsupport.KafkaTestClient;
import fi.servicedesk.testsupport.Management;
import io.restassured.RestAssured;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, finding 2: an outbox row outlives its sending in the table's data files (a deleted
 * tuple stays until the page is reused), in WAL and in backups, beyond any key's reach. So no
 * outbox row holds personal data in clear: the files are read as PostgreSQL wrote them.
 */
@QuarkusTest
class OutboxAtRestTest {

    @Inject
    EntityManager entityManager;

    @Inject
    DataKeys keys;

    @Inject
    Outbox outbox;

    @Inject
    MeterRegistry meters;

    @Test
    void aCapturedMessageIsSentInClearButTheOutboxTablesFilesHoldNeitherItsTextNorTheEmail() {
        var person = Chats.newPerson();
        var text = "Tulostin jumissa " + UUID.randomUUID();
        var conversation = person.says("conv-" + UUID.randomUUID(), text);

        var sent = KafkaTestClient.await(Topics.INTERACTIONS, r -> r.value().contains(text), 1, Duration.ofSeconds(20));
        assertEquals(1, sent.size(), "the relay opened the sealed row and sent the event");
        assertTrue(sent.getFirst().value().contains(person.email()));
        var contactId = Chats.contactIdOf(entityManager, conversation).toString();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> outboxRowsKeyed(contactId) == 0);

        var files = outboxFilesAfterCheckpoint();
        assertFalse(files.contains(text), "no message text in the outbox table's files");
        assertFalse(files.contains(person.email()), "no e-mail in the outbox table's files");
    }

    @Test
    void aRowWhoseSubjectKeyWasDestroyedBeforeTheRelayIsDroppedUnsentAndCounted() {
        var subjectId = UUID.randomUUID();
        var key = UUID.randomUUID().toString();
        double before = shredded();
        QuarkusTransaction.requiringNew().run(() -> {
            keys.create(subjectId);
            outbox.publishSealed(Topics.INTERACTIONS, key, "fi.servicedesk.ingest.message-captured.v1",
                    Map.of("text", "erased before it left"), OutboxSeal.keyRefOf(subjectId));
            keys.destroyAll(List.of(subjectId)); // the erasure's key destruction, before the relay ran
        });

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> outboxRowsKeyed(key) == 0);
        assertEquals(before + 1, shredded(), "outbox_shredded_total counts it");
        assertTrue(KafkaTestClient.await(Topics.INTERACTIONS, r -> key.equals(r.key()), 1, Duration.ofSeconds(3)).isEmpty(),
                "nothing of an erased subject is sent");
    }

    @Test
    void aDeadLetteredRecordTravelsSealedAndOnlyTheManagementInterfaceOpensIt() {
        var marker = "poison." + UUID.randomUUID() + "@example.com";
        var key = UUID.randomUUID().toString();
        KafkaTestClient.sendCloudEvent("privacy.requests.v1", key, UUID.randomUUID().toString(),
                "fi.servicedesk.rights.erasure-requested.v1", "{\"requestId\":\"not-a-uuid\",\"note\":\"" + marker + "\"}");

        var dead = KafkaTestClient.await("servicedesk.dlq.ingest-service", r -> key.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, dead.size());
        var value = dead.getFirst().value();
        assertFalse(value.contains(marker), "the dead-letter topic holds the record sealed: " + value);
        assertEquals("dead-letters", KafkaTestClient.header(dead.getFirst(), "ce_deadlettersealed"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> outboxRowsKeyed(key) == 0);
        assertFalse(outboxFilesAfterCheckpoint().contains(marker), "and so did its outbox row");

        var opened = RestAssured.given().body(value).post(Management.url("/dead-letters/open"))
                .then().statusCode(200).extract().asString();
        assertTrue(opened.contains(marker), "an operator opens it as it came: " + opened);
        RestAssured.given().body("{\"sealed\":\"bm90IHNlYWxlZA==\"}").post(Management.url("/dead-letters/open"))
                .then().statusCode(400).contentType("application/problem+json");
    }

    private double shredded() {
        var counter = meters.find("outbox.shredded").counter();
        return counter == null ? 0 : counter.count();
    }

    private long outboxRowsKeyed(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox where message_key = :key")
                .setParameter("key", key).getSingleResult()).longValue());
    }

    /** The outbox table's and its TOAST table's files, after a checkpoint wrote every page (the test user is a superuser). */
    private String outboxFilesAfterCheckpoint() {
        return QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("checkpoint").executeUpdate();
            var bytes = new ByteArrayOutputStream();
            for (var path : entityManager.createNativeQuery("""
                            select pg_relation_filepath(c.oid) from pg_class c
                            where c.oid = 'outbox'::regclass
                               or c.oid = (select reltoastrelid from pg_class where oid = 'outbox'::regclass)""", String.class)
                    .getResultList()) {
                bytes.writeBytes((byte[]) entityManager.createNativeQuery("select pg_read_binary_file(:path)")
                        .setParameter("path", path).getSingleResult());
            }
            return bytes.toString(StandardCharsets.ISO_8859_1);
        });
    }
}
