package fi.servicedesk.ingest.crypto;

import fi.servicedesk.ingest.domain.SealedFields;
import fi.servicedesk.ingest.events.Topics;
import fi.servicedesk.ingest.recordings.Wavs;
import fi.servicedesk.ingest.telephony.Calls;
import fi.servicedesk.ingest.api.webhooks.SignedWebhook;
import fi.servicedesk.testsupport.KafkaTestClient;
import fi.servicedesk.testsupport.PostgresTestDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R9.1, R9.3: the data database holds ciphertext only, and a shredded key makes old backups unreadable. */
@QuarkusTest
class EncryptionAtRestTest {

    @Inject
    EntityManager entityManager;

    @Inject
    DataKeys keys;

    @Test
    void databaseHoldsNoPlaintextAndABackupIsUnreadableOnceTheSubjectsKeyIsDestroyed() throws Exception {
        var unique = UUID.randomUUID().toString().substring(0, 8);
        var conversation = "conv-" + unique;
        var email = "liisa." + unique + "@example.com";
        var username = "liisa" + unique;
        var text = "Salasanani vaihto ei onnistu " + unique;
        SignedWebhook.chat("""
                {"type":"chat.message","conversationId":"%s","messageId":"m-%s","sentAt":"2026-11-20T08:15:02Z",
                 "sender":{"role":"END_USER","name":"Liisa Korhonen-%s","email":"%s","username":"%s","phone":"050 765 4321"},
                 "text":"%s"}""".formatted(conversation, unique, unique, email, username, text))
                .post("/webhooks/chat").then().statusCode(200);
        // The outbox row carries the event's plaintext only until the relay has published it.
        KafkaTestClient.await(Topics.INTERACTIONS, r -> r.value().contains(text), 1, Duration.ofSeconds(20));
        var contactId = contactIdOf(conversation);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> outboxRowsFor(contactId) == 0);

        var backup = pgDump(PostgresTestDatabase.name("ingest_test"));
        for (var plaintext : new String[]{email, username, text, "Liisa Korhonen-" + unique, "+358507654321", "050 765 4321"}) {
            assertFalse(backup.contains(plaintext), "the database must not hold " + plaintext + " in plaintext");
        }
        var subjectId = subjectIdOf(contactId);
        var messageId = messageIdOf(contactId);
        var sealedHex = sealedTextHex(messageId);
        assertTrue(backup.contains("\\\\x" + sealedHex), "the backup holds the message's ciphertext");
        var sealedInBackup = HexFormat.of().parseHex(sealedHex);
        assertEquals(text, keys.of(subjectId).decryptText(SealedFields.messageText(messageId), sealedInBackup),
                "while the key exists the backup's ciphertext opens");

        assertEquals(1, keys.destroyAll(List.of(subjectId)));

        assertTrue(keys.find(subjectId).isEmpty(), "no key left anywhere to open the backup with");
        assertThrows(UndecryptableException.class, () -> keys.of(subjectId));
    }

    @Test
    void aRecordingsAudioAndItsMetadataAreNowhereInPlaintext() throws Exception {
        var caller = Calls.newCaller();
        var callId = caller.calls();
        var wav = Wavs.pcm(3 << 20, "INAM " + caller.name());
        SignedWebhook.recording(wav).put(Calls.recordingPath(callId)).then().statusCode(200);

        var backup = pgDump(PostgresTestDatabase.name("ingest_test"));
        var audioWindow = java.util.Arrays.copyOfRange(wav, 2 << 20, (2 << 20) + 48);
        assertFalse(backup.contains(HexFormat.of().formatHex(audioWindow)), "R9.1: no audio in plaintext");
        assertFalse(backup.contains(HexFormat.of().formatHex(caller.name().getBytes(StandardCharsets.US_ASCII))),
                "nor the caller's name from the WAV's LIST/INFO chunk");
    }

    private static String pgDump(String database) throws IOException, InterruptedException {
        var process = new ProcessBuilder("/usr/bin/pg_dump", "--data-only", "-h", "127.0.0.1", "-U",
                PostgresTestDatabase.user(), database).redirectErrorStream(true).start();
        var dump = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), dump);
        return dump;
    }

    private String sealedTextHex(UUID messageId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select encode(text_enc, 'hex') from message where id = :id")
                .setParameter("id", messageId).getSingleResult());
    }

    private UUID contactIdOf(String conversation) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select c.id from Contact c where c.externalId = :x", UUID.class)
                .setParameter("x", conversation).getSingleResult());
    }

    private UUID subjectIdOf(UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select c.subjectId from Contact c where c.id = :id", UUID.class)
                .setParameter("id", contactId).getSingleResult());
    }

    private UUID messageIdOf(UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select m.id from Message m where m.contactId = :id", UUID.class)
                .setParameter("id", contactId).getSingleResult());
    }

    private long outboxRowsFor(UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(e) from OutboxEvent e where e.messageKey = :key", Long.class)
                .setParameter("key", contactId.toString()).getSingleResult());
    }
}
