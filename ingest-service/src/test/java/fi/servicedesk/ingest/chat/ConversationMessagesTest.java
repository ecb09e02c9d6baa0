package fi.servicedesk.ingest.chat;

import fi.servicedesk.ingest.Chats;
import fi.servicedesk.ingest.api.webhooks.SignedWebhook;
import fi.servicedesk.ingest.crypto.BlindIndex;
import fi.servicedesk.ingest.events.MessageCaptured;
import fi.servicedesk.ingest.events.Topics;
import fi.servicedesk.testsupport.KafkaTestClient;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A conversation's messages: those that bring the subject no new kind of identifier take the plain
 * SQL path (a conversation's first too), those that bring something new (an agent's name, a kind
 * of identifier the subject lacks) still record it, and every message keeps its place and is announced.
 */
@QuarkusTest
class ConversationMessagesTest {

    @Inject
    EntityManager entityManager;

    @Inject
    @DataSource("keys")
    AgroalDataSource keysDb;

    @Inject
    BlindIndex blindIndex;

    @Test
    void laterMessagesKeepTheirOrderAndAddWhatTheyBringNew() {
        var conversation = "conv-" + UUID.randomUUID();
        var phone = "+35840" + (1000000 + Math.floorMod(conversation.hashCode(), 8999999));
        send(conversation, "first", endUser("Aino", "aino." + conversation + "@example.com", null));
        send(conversation, "second", endUser("Aino", "aino." + conversation + "@example.com", null));
        send(conversation, "third", "{\"role\":\"AGENT\",\"name\":\"Agentti Aalto\"}");
        send(conversation, "fourth", "{\"role\":\"AGENT\",\"name\":\"Agentti Aalto\"}");
        send(conversation, "fifth", endUser("Aino", "aino." + conversation + "@example.com", phone));
        send(conversation, "sixth", "{\"role\":\"BOT\"}");

        assertEquals(List.of("m-first", "m-second", "m-third", "m-fourth", "m-fifth", "m-sixth"), messageIdsInOrder(conversation));
        assertNotNull(column("s.phone_index", conversation), "the phone the fifth message brought is the subject's");
        assertNotNull(column("c.agent_name_enc", conversation), "the agent's name the third message brought is the contact's");
        var contactId = Chats.contactIdOf(entityManager, conversation).toString();
        var announced = KafkaTestClient.await(Topics.INTERACTIONS, r -> contactId.equals(r.key())
                        && MessageCaptured.TYPE.equals(KafkaTestClient.header(r, "ce_type")),
                6, Duration.ofSeconds(20));
        assertEquals(6, announced.size(), "each message announced once");
        assertEquals(1, announced.stream().filter(r -> r.value().contains("\"sixth\"")).count());
        assertTrue(announced.stream().filter(r -> r.value().contains("\"sixth\"")).allMatch(r -> r.value().contains(phone)
                && r.value().contains("Agentti Aalto")), "a later message is announced with what earlier ones brought");
    }

    @Test
    void aReturningEndUsersNewConversationIsTheirSubjectAtOnceWithoutAKeyOfItsOwn() throws SQLException {
        var person = Chats.newPerson();
        var first = person.says("conv-" + UUID.randomUUID(), "Hei");
        long keysBefore = dataKeys();

        var second = person.says("conv-" + UUID.randomUUID(), "Taas minä");

        assertEquals(column("c.subject_id", first), column("c.subject_id", second));
        assertEquals(keysBefore, dataKeys(), "no placeholder subject's key made and shredded");
    }

    @Test
    void aReturningEndUserWhoBringsANewKindOfIdentifierHasItRecordedOnTheirSubject() {
        var person = Chats.newPerson();
        var first = "conv-" + UUID.randomUUID();
        send(first, "email-only", endUser(person.name(), person.email(), null));
        assertNull(column("s.phone_index", first));

        var second = "conv-" + UUID.randomUUID();
        send(second, "with-phone", endUser(person.name(), person.email(), person.phone()));

        assertEquals(column("c.subject_id", first), column("c.subject_id", second), "the known subject, not a new one");
        assertNotNull(column("s.phone_index", second), "the phone the second conversation brought is the subject's");
    }

    @Test
    void anAgentsFirstMessageOpensTheConversationWithTheAgentsNameAndItsStart() {
        var conversation = "conv-" + UUID.randomUUID();

        send(conversation, "hello", "{\"role\":\"AGENT\",\"name\":\"Agentti Aalto\"}");

        assertEquals(List.of("m-hello"), messageIdsInOrder(conversation));
        assertNotNull(column("c.agent_name_enc", conversation));
        assertNotNull(column("c.started_at", conversation));
        assertNull(column("s.email_index", conversation), "an anonymous subject until the end user says who they are");
    }

    @Test
    void aNewEndUserWhoseEmailObjectedBeforeIsObjectedFromTheFirstMessage() {
        var person = Chats.newPerson();
        // What an objection leaves after the subject's erasure: the blind index, kept (R4.1).
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "insert into objected_identity (blind_index, objected_at) values (:index, now())")
                .setParameter("index", blindIndex.of("email", person.email())).executeUpdate());
        var conversation = "conv-" + UUID.randomUUID();

        send(conversation, "first", endUser(person.name(), person.email(), null));

        assertNotNull(column("s.objected_at", conversation));
        var contactId = Chats.contactIdOf(entityManager, conversation).toString();
        assertTrue(KafkaTestClient.await(Topics.INTERACTIONS, r -> contactId.equals(r.key())
                        && MessageCaptured.TYPE.equals(KafkaTestClient.header(r, "ce_type")), 1, Duration.ofSeconds(4)).isEmpty(),
                "R4.1: nothing of an objected person goes to redaction");
    }

    private static void send(String conversation, String name, String sender) {
        SignedWebhook.chat("""
                {"type":"chat.message","conversationId":"%s","messageId":"m-%s","sentAt":"2026-11-20T08:15:02Z",
                 "sender":%s,"text":"%s"}""".formatted(conversation, name, sender, name))
                .post("/webhooks/chat").then().statusCode(200);
    }

    private static String endUser(String name, String email, String phone) {
        return """
                {"role":"END_USER","name":"%s","email":"%s"%s}""".formatted(name, email,
                phone == null ? "" : ",\"phone\":\"" + phone + "\"");
    }

    @SuppressWarnings("unchecked")
    private List<String> messageIdsInOrder(String conversation) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        select m.external_id from message m join contact c on c.id = m.contact_id
                        where c.external_id = :conversation order by m.seq""")
                .setParameter("conversation", conversation).getResultList());
    }

    private Object column(String column, String conversation) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select " + column + " from contact c join subject s on s.id = c.subject_id where c.external_id = :conversation")
                .setParameter("conversation", conversation).getSingleResult());
    }

    private long dataKeys() throws SQLException {
        try (var connection = keysDb.getConnection(); var count = connection.prepareStatement("select count(*) from data_key");
             var row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
