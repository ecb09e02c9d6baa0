package fi.servicedesk.ingest.chat;

import fi.servicedesk.ingest.api.webhooks.SignedWebhook;
import fi.servicedesk.ingest.api.webhooks.StoredRows;
import fi.servicedesk.ingest.events.ContactClosed;
import fi.servicedesk.ingest.events.MessageCaptured;
import fi.servicedesk.ingest.events.Topics;
import fi.servicedesk.testsupport.ContractCatalog;
import fi.servicedesk.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ChatWebhookTest {

    @Inject
    EntityManager entityManager;

    @Test
    void signedChatMessageIsStoredAndAnnouncedOnceAsAValidCloudEvent() {
        var conversation = "conv-" + UUID.randomUUID();
        var body = chatMessage(conversation, "Sähköpostini on matti@example.com");
        var request = SignedWebhook.chat(body);

        request.post("/webhooks/chat").then().statusCode(200).body("duplicate", equalTo(false));

        assertEquals(1L, messagesOf(conversation));
        var records = KafkaTestClient.await(Topics.INTERACTIONS,
                r -> r.value().contains(conversation) || r.value().contains("matti@example.com") && r.value().contains(contactIdOf(conversation)),
                1, Duration.ofSeconds(20));
        assertEquals(1, records.size(), "exactly one message-captured event");
        var record = records.getFirst();
        assertEquals(MessageCaptured.TYPE, KafkaTestClient.header(record, "ce_type"));
        assertNotNull(KafkaTestClient.header(record, "ce_id"));
        assertEquals(contactIdOf(conversation), record.key(), "keyed by contact id");
        ContractCatalog.assertValid(MessageCaptured.TYPE, record.value());
    }

    @Test
    void repeatedWebhookIdAnswers2xxAndStoresNothingNew() {
        var conversation = "conv-" + UUID.randomUUID();
        var body = chatMessage(conversation, "Hei");
        var id = "msg_" + UUID.randomUUID();

        SignedWebhook.signed(SignedWebhook.CHAT_SECRET, id, Instant.now(), body)
                .post("/webhooks/chat").then().statusCode(200).body("duplicate", equalTo(false));
        SignedWebhook.signed(SignedWebhook.CHAT_SECRET, id, Instant.now(), body)
                .post("/webhooks/chat").then().statusCode(200).body("duplicate", equalTo(true));

        assertEquals(1L, messagesOf(conversation));
    }

    @Test
    void wronglySignedWebhookIsRefusedAsProblemAndStoresNothing() {
        var conversation = "conv-" + UUID.randomUUID();
        SignedWebhook.signed("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]),
                        "msg_" + UUID.randomUUID(), Instant.now(), chatMessage(conversation, "Hei"))
                .post("/webhooks/chat")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));

        assertEquals(0L, messagesOf(conversation));
    }

    @Test
    void staleTimestampIsRefused() {
        var conversation = "conv-" + UUID.randomUUID();
        SignedWebhook.signed(SignedWebhook.CHAT_SECRET, "msg_" + UUID.randomUUID(),
                        Instant.now().minus(Duration.ofMinutes(6)), chatMessage(conversation, "Hei"))
                .post("/webhooks/chat")
                .then().statusCode(401);

        assertEquals(0L, messagesOf(conversation));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        SignedWebhook.chat("{\"type\":\"chat.message\",")
                .post("/webhooks/chat")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void missingFieldsAreAValidationProblemNamingTheField() {
        SignedWebhook.chat("{\"type\":\"chat.message\",\"conversationId\":\"c\",\"messageId\":\"m\",\"sentAt\":\"2026-11-20T08:00:00Z\",\"text\":\"x\"}")
                .post("/webhooks/chat")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("sender"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Matti Virtanen, 201", "matti@example.com, 255", "mvirtanen, 129", "040 123 4567, 33"})
    void aSenderIdentifierTooLongToEverBeSentIsABadRequestThatStoresNothing(String value, int length) {
        var conversation = "conv-" + UUID.randomUUID();
        var body = chatMessage(conversation, "Hei").replace("\"" + value + "\"", "\"" + "x".repeat(length) + "\"");
        var before = StoredRows.count(entityManager);

        SignedWebhook.chat(body).post("/webhooks/chat")
                .then().statusCode(400)
                .contentType("application/problem+json");

        assertEquals(before, StoredRows.count(entityManager), "no row of any kind, no receipt, no outbox row");
    }

    @Test
    void aConversationIdTooLongToEverBeSentIsABadRequest() {
        SignedWebhook.chat(chatMessage("c".repeat(129), "Hei")).post("/webhooks/chat")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("conversationId"));
    }

    @Test
    void closedChatIsAnnouncedAsAValidContactClosedEvent() {
        var conversation = "conv-" + UUID.randomUUID();
        SignedWebhook.chat(chatMessage(conversation, "Kiitos")).post("/webhooks/chat").then().statusCode(200);
        SignedWebhook.chat("""
                {"type":"chat.closed","conversationId":"%s","closedAt":"2026-11-20T08:20:00Z"}""".formatted(conversation))
                .post("/webhooks/chat").then().statusCode(200);

        var contactId = contactIdOf(conversation);
        var closed = KafkaTestClient.await(Topics.INTERACTIONS, r -> contactId.equals(r.key())
                && ContactClosed.TYPE.equals(KafkaTestClient.header(r, "ce_type")), 1, Duration.ofSeconds(20));
        assertEquals(1, closed.size());
        ContractCatalog.assertValid(ContactClosed.TYPE, closed.getFirst().value());
        assertTrue(closed.getFirst().value().contains("\"messageCount\":1"));
    }

    @Test
    void endUserKnownByThePhoneInAnotherWrittenFormIsTheSameSubject() {
        var phoneDigits = String.valueOf(1000000 + new java.util.Random().nextInt(8999999));
        var first = "conv-" + UUID.randomUUID();
        var second = "conv-" + UUID.randomUUID();
        SignedWebhook.chat(endUserMessage(first, "040 " + phoneDigits)).post("/webhooks/chat").then().statusCode(200);
        SignedWebhook.chat(endUserMessage(second, "+35840" + phoneDigits)).post("/webhooks/chat").then().statusCode(200);

        assertEquals(subjectIdOf(first), subjectIdOf(second), "R9.1: found through the phone's blind index");
    }

    private static String endUserMessage(String conversation, String phone) {
        return """
                {"type":"chat.message","conversationId":"%s","messageId":"m-%s","sentAt":"2026-11-20T08:15:02Z",
                 "sender":{"role":"END_USER","name":"Anna","phone":"%s"},"text":"Hei"}""".formatted(conversation, UUID.randomUUID(), phone);
    }

    private UUID subjectIdOf(String conversation) {
        return entityManager.createQuery("select c.subjectId from Contact c where c.externalId = :conversation", UUID.class)
                .setParameter("conversation", conversation).getSingleResult();
    }

    private long messagesOf(String conversation) {
        return entityManager.createQuery(
                        "select count(m) from Message m, Contact c where m.contactId = c.id and c.externalId = :conversation", Long.class)
                .setParameter("conversation", conversation)
                .getSingleResult();
    }

    private String contactIdOf(String conversation) {
        return entityManager.createQuery("select c.id from Contact c where c.externalId = :conversation", UUID.class)
                .setParameter("conversation", conversation)
                .getResultStream().findFirst().map(UUID::toString).orElse("none");
    }

    static String chatMessage(String conversation, String text) {
        return """
                {"type":"chat.message","conversationId":"%s","messageId":"m-%s","sentAt":"2026-11-20T08:15:02Z",
                 "sender":{"role":"END_USER","name":"Matti Virtanen","email":"matti@example.com","username":"mvirtanen","phone":"040 123 4567"},
                 "text":"%s"}""".formatted(conversation, UUID.randomUUID(), text);
    }
}
