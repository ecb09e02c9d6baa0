package fi.servicedesk.redaction.messaging;

import fi.servicedesk.redaction.domain.CorpusEntry;
import fi.servicedesk.testsupport.ContractCatalog;
import fi.servicedesk.testsupport.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
class InteractionsConsumerTest {

    private static final String TOPIC = "servicedesk.interactions.v1";

    @Inject
    EntityManager entityManager;

    @Test
    void contractExampleBecomesOneRedactedCorpusEntry() {
        var messageId = UUID.randomUUID();
        var data = withMessageId(ContractCatalog.example(MessageCaptured.TYPE), messageId);

        KafkaTestClient.sendCloudEvent(TOPIC, UUID.randomUUID().toString(), UUID.randomUUID().toString(), MessageCaptured.TYPE, data);

        await().atMost(Duration.ofSeconds(20)).until(() -> entriesOf(messageId).size() == 1);
        var text = entriesOf(messageId).getFirst().text;
        assertFalse(text.contains("matti.virtanen@example.com"), text);
        assertEquals(true, text.contains("[EMAIL_1]"), text);
    }

    @Test
    void placeholdersAreNumberedAcrossTheMessagesOfOneConversation() {
        var contactId = UUID.randomUUID();
        var first = UUID.randomUUID();
        var second = UUID.randomUUID();
        send(contactId, first, 1, "Minun osoitteeni on anna.k@firma.fi ja toinen on a.k@koti.fi");
        send(contactId, second, 2, "Vastaus menee osoitteeseen A.K@koti.fi, soita 040 765 4321");

        await().atMost(Duration.ofSeconds(20)).until(() -> entriesOf(second).size() == 1);
        assertEquals("Minun osoitteeni on [EMAIL_1] ja toinen on [EMAIL_2]", entriesOf(first).getFirst().text);
        assertEquals("Vastaus menee osoitteeseen [EMAIL_2], soita [PHONE_1]", entriesOf(second).getFirst().text);
        assertEquals(Map.of("EMAIL", 1, "PHONE", 1), entriesOf(second).getFirst().entityCounts);
    }

    @Test
    void theSubjectIsLinkedOnlyByKeyedPseudonyms() {
        var contactId = UUID.randomUUID();
        var messageId = UUID.randomUUID();
        send(contactId, messageId, 1, "Hei");

        await().atMost(Duration.ofSeconds(20)).until(() -> entriesOf(messageId).size() == 1);
        var conversation = entriesOf(messageId).getFirst().conversation;
        var pseudonyms = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select pseudonym from subject_link where conversation = :c")
                .setParameter("c", conversation).getResultList());
        assertEquals(3, pseudonyms.size());
        var stored = String.join(" ", pseudonyms.stream().map(Object::toString).toList()) + conversation;
        assertFalse(stored.contains("matti") || stored.contains("358") || stored.contains(contactId.toString()), stored);
    }

    @Test
    void redeliveredEventChangesNothingTheSecondTime() {
        var messageId = UUID.randomUUID();
        var eventId = UUID.randomUUID().toString();
        var data = withMessageId(ContractCatalog.example(MessageCaptured.TYPE), messageId);

        KafkaTestClient.sendCloudEvent(TOPIC, "k", eventId, MessageCaptured.TYPE, data);
        KafkaTestClient.sendCloudEvent(TOPIC, "k", eventId, MessageCaptured.TYPE, data);
        var marker = UUID.randomUUID();
        KafkaTestClient.sendCloudEvent(TOPIC, "k", UUID.randomUUID().toString(), MessageCaptured.TYPE,
                withMessageId(ContractCatalog.example(MessageCaptured.TYPE), marker));

        // The marker sent after the duplicate on the same key proves the duplicate was consumed.
        await().atMost(Duration.ofSeconds(20)).until(() -> entriesOf(marker).size() == 1);
        assertEquals(1, entriesOf(messageId).size());
    }

    @Test
    void poisonMessageGoesToTheDeadLetterTopicAndConsumingGoesOn() {
        var poisonId = UUID.randomUUID().toString();
        KafkaTestClient.sendRaw(TOPIC, "poison", Map.of("ce_id", poisonId, "ce_type", MessageCaptured.TYPE,
                "ce_specversion", "1.0", "ce_source", "urn:test"), "{not json");
        var after = UUID.randomUUID();
        KafkaTestClient.sendCloudEvent(TOPIC, "poison", UUID.randomUUID().toString(), MessageCaptured.TYPE,
                withMessageId(ContractCatalog.example(MessageCaptured.TYPE), after));

        var dead = KafkaTestClient.await("servicedesk.dlq.redaction-service",
                r -> poisonId.equals(KafkaTestClient.header(r, "ce_deadletterid")), 1, Duration.ofSeconds(20));
        assertEquals(1, dead.size());
        await().atMost(Duration.ofSeconds(20)).until(() -> entriesOf(after).size() == 1);
    }

    @Test
    void aPoisonRecordInABatchIsDeadLetteredAloneAndTheRestIsStored() {
        var before = UUID.randomUUID();
        var after = UUID.randomUUID();
        var poisonId = UUID.randomUUID().toString();
        var goodIds = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        // One producer, one key: the three records are in one partition, in order, and normally in one poll.
        CapturedEvents.send(List.of(
                new CapturedEvents.Event("batch", goodIds.get(0), captured(before)),
                new CapturedEvents.Event("batch", poisonId, "{not json"),
                new CapturedEvents.Event("batch", goodIds.get(1), captured(after))));

        await().atMost(Duration.ofSeconds(20)).until(() -> entriesOf(after).size() == 1);
        assertEquals(1, entriesOf(before).size());
        var dead = KafkaTestClient.await("servicedesk.dlq.redaction-service",
                r -> poisonId.equals(KafkaTestClient.header(r, "ce_deadletterid")) || goodIds.contains(KafkaTestClient.header(r, "ce_deadletterid")),
                1, Duration.ofSeconds(20));
        assertEquals(List.of(poisonId), dead.stream().map(r -> KafkaTestClient.header(r, "ce_deadletterid")).toList());
    }

    @Test
    void aRecordTheDatabaseRefusesIsDeadLetteredAloneAndTheRestOfItsBatchIsStored() {
        var stored = UUID.randomUUID();
        var other = UUID.randomUUID();
        var copyId = UUID.randomUUID().toString();
        // The same message under a new event id: the corpus' unique source message id refuses it.
        CapturedEvents.send(List.of(
                new CapturedEvents.Event("refused", UUID.randomUUID().toString(), captured(stored)),
                new CapturedEvents.Event("refused", copyId, captured(stored)),
                new CapturedEvents.Event("refused", UUID.randomUUID().toString(), captured(other))));

        await().atMost(Duration.ofSeconds(20)).until(() -> entriesOf(other).size() == 1);
        assertEquals(1, entriesOf(stored).size());
        var dead = KafkaTestClient.await("servicedesk.dlq.redaction-service",
                r -> "refused".equals(r.key()), 1, Duration.ofSeconds(20));
        assertEquals(List.of(copyId), dead.stream().map(r -> KafkaTestClient.header(r, "ce_deadletterid")).toList());
    }

    private static String captured(UUID messageId) {
        return withMessageId(ContractCatalog.example(MessageCaptured.TYPE), messageId);
    }

    private List<CorpusEntry> entriesOf(UUID messageId) {
        // Awaitility polls from its own thread, outside any request context.
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("from CorpusEntry where sourceMessageId = :id", CorpusEntry.class)
                .setParameter("id", messageId).getResultList());
    }

    private static void send(UUID contactId, UUID messageId, int sequence, String text) {
        var data = withMessageId(ContractCatalog.example(MessageCaptured.TYPE), messageId)
                .replace("0b7f4a52-6c1e-4a43-9f0e-2d1b9d3a6c11", contactId.toString())
                .replace("\"sequence\": 1", "\"sequence\": " + sequence)
                .replaceFirst("\"text\": \"[^\"]*\"", "\"text\": \"" + text + "\"");
        KafkaTestClient.sendCloudEvent(TOPIC, contactId.toString(), UUID.randomUUID().toString(), MessageCaptured.TYPE, data);
    }

    private static String withMessageId(String example, UUID messageId) {
        return example.replace("7d4c2a10-1f3b-4e7a-8c55-0a9e6b2d4f01", messageId.toString());
    }
}
