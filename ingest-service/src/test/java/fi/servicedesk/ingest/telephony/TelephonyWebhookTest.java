package fi.servicedesk.ingest.telephony;

import fi.servicedesk.ingest.Chats;
import fi.servicedesk.ingest.events.ContactClosed;
import fi.servicedesk.ingest.events.MessageCaptured;
import fi.servicedesk.ingest.events.Topics;
import fi.servicedesk.ingest.api.webhooks.SignedWebhook;
import fi.servicedesk.testsupport.ContractCatalog;
import fi.servicedesk.testsupport.KafkaTestClient;
import fi.servicedesk.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R6.1, R5.3, R5.5: the telephony platform's completed calls and transcripts, signed, end to end. */
@QuarkusTest
class TelephonyWebhookTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aCallEndToEndIsFoundByTheCallersPhoneWithItsTranscriptInOrderAndAnnounced() {
        var caller = Calls.newCaller();
        var callId = caller.calls();
        // Sent out of spoken order: stored and announced in the order spoken (R5.5).
        SignedWebhook.telephony(transcript(callId, """
                {"speaker":"AGENT","startMs":4000,"endMs":6000,"text":"Kokeillaan uudelleenkäynnistystä."},
                {"speaker":"CALLER","startMs":0,"endMs":3500,"text":"Hei, tulostin ei toimi.","words":[{"w":"Hei","startMs":0,"endMs":300}]}"""))
                .post("/webhooks/telephony").then().statusCode(200).body("duplicate", equalTo(false));

        var contactId = Chats.contactIdOf(entityManager, callId).toString();
        var token = TestTokens.forRole("dispute-handler");
        given().auth().oauth2(token).queryParam("phone", caller.e164()).queryParam("reason", "Dispute " + callId)
                .get("/api/v1/contacts")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].id", equalTo(contactId))
                .body("[0].channel", equalTo("PHONE"))
                .body("[0].startedAt", equalTo("2026-11-20T09:00:00Z"))
                .body("[0].endedAt", equalTo("2026-11-20T09:04:30Z"))
                .body("[0].subject.phone", equalTo(caller.e164()))
                .body("[0].subject.email", equalTo(caller.email()))
                .body("[0].subject.username", equalTo(caller.username()));
        given().auth().oauth2(token).queryParam("reason", "Dispute " + callId)
                .get("/api/v1/contacts/" + contactId)
                .then().statusCode(200)
                .body("messages.text", equalTo(List.of("Hei, tulostin ei toimi.", "Kokeillaan uudelleenkäynnistystä.")))
                .body("messages.speaker", equalTo(List.of("END_USER", "AGENT")))
                .body("messages.at", equalTo(List.of("2026-11-20T09:00:00Z", "2026-11-20T09:00:04Z")));

        var captured = KafkaTestClient.await(Topics.INTERACTIONS, r -> contactId.equals(r.key())
                && MessageCaptured.TYPE.equals(KafkaTestClient.header(r, "ce_type")), 2, Duration.ofSeconds(20));
        assertEquals(2, captured.size(), "one message-captured per segment, once");
        for (var record : captured) {
            ContractCatalog.assertValid(MessageCaptured.TYPE, record.value());
            assertTrue(record.value().contains("\"phone\":\"" + caller.e164() + "\""), "the caller's phone, for redaction to scrub");
            assertTrue(record.value().contains(caller.email()) && record.value().contains(caller.name()));
            assertTrue(record.value().contains("\"channel\":\"PHONE\"") && record.value().contains("\"agentName\":\"Aino Agentti\""));
        }
        var closed = KafkaTestClient.await(Topics.INTERACTIONS, r -> contactId.equals(r.key())
                && ContactClosed.TYPE.equals(KafkaTestClient.header(r, "ce_type")), 1, Duration.ofSeconds(20));
        assertEquals(1, closed.size());
        ContractCatalog.assertValid(ContactClosed.TYPE, closed.getFirst().value());
    }

    @Test
    void aCallerKnownFromAChatIsTheSameSubjectWhenCallingFromTheNumberWrittenAnotherWay() {
        var person = Chats.newPerson();
        var chat = person.says("conv-" + UUID.randomUUID(), "Hei");
        var callId = "call-" + UUID.randomUUID();
        var local = "0" + person.phone().substring(4, 6) + " " + person.phone().substring(6);
        SignedWebhook.telephony("""
                {"type":"call.completed","callId":"%s","from":"%s","to":"+358 9 310 1000",
                 "startedAt":"2026-11-20T09:00:00Z","endedAt":"2026-11-20T09:01:00Z"}""".formatted(callId, local))
                .post("/webhooks/telephony").then().statusCode(200);

        assertEquals(subjectOf(chat), subjectOf(callId), "R5.3: found through the phone's blind index");
    }

    @Test
    void callersWithAWithheldNumberAreNotOneSubject() {
        var first = "call-" + UUID.randomUUID();
        var second = "call-" + UUID.randomUUID();
        for (var callId : new String[]{first, second}) {
            SignedWebhook.telephony("""
                    {"type":"call.completed","callId":"%s","from":"anonymous","to":"+358 9 310 1000",
                     "startedAt":"2026-11-20T09:00:00Z","endedAt":"2026-11-20T09:01:00Z"}""".formatted(callId))
                    .post("/webhooks/telephony").then().statusCode(200);
        }

        assertNotEquals(subjectOf(first), subjectOf(second), "no digits is no phone number, not a shared one");
    }

    @Test
    void repeatedWebhookIdAnswers2xxAndStoresNothingNew() {
        var callId = Calls.newCaller().calls();
        var body = transcript(callId, "{\"speaker\":\"CALLER\",\"startMs\":0,\"endMs\":10,\"text\":\"Hei\"}");
        var id = "msg_" + UUID.randomUUID();
        SignedWebhook.signed(SignedWebhook.TELEPHONY_SECRET, id, Instant.now(), body)
                .post("/webhooks/telephony").then().statusCode(200).body("duplicate", equalTo(false));
        SignedWebhook.signed(SignedWebhook.TELEPHONY_SECRET, id, Instant.now(), body)
                .post("/webhooks/telephony").then().statusCode(200).body("duplicate", equalTo(true));

        assertEquals(1L, messagesOf(callId));
    }

    @Test
    void aTranscriptOfAnUnknownCallIs404AndStoresNothingNotEvenItsReceipt() {
        var callId = "call-" + UUID.randomUUID();
        var id = "msg_" + UUID.randomUUID();
        var body = transcript(callId, "{\"speaker\":\"CALLER\",\"startMs\":0,\"endMs\":10,\"text\":\"Hei\"}");
        SignedWebhook.signed(SignedWebhook.TELEPHONY_SECRET, id, Instant.now(), body)
                .post("/webhooks/telephony")
                .then().statusCode(404).contentType("application/problem+json").body("title", equalTo("Unknown call"));

        assertEquals(0L, contactsOf(callId));
        assertEquals(0L, receipts(id), "the receipt rolled back with the rest");
    }

    @Test
    void wronglySignedCallIsRefusedAndStoresNothing() {
        var caller = Calls.newCaller();
        var callId = "call-" + UUID.randomUUID();
        SignedWebhook.signed(SignedWebhook.CHAT_SECRET, "msg_" + UUID.randomUUID(), Instant.now(), caller.completed(callId))
                .post("/webhooks/telephony")
                .then().statusCode(401).contentType("application/problem+json").body("title", equalTo("Invalid webhook signature"));

        assertEquals(0L, contactsOf(callId));
    }

    @Test
    void badBodiesAreProblemsAndStoreNothing() {
        var callId = "call-" + UUID.randomUUID();
        refused("{\"type\":\"call.completed\",\"callId\":", 400, "Malformed JSON");
        refused("{\"type\":\"call.transferred\",\"callId\":\"%s\"}".formatted(callId), 400, "Malformed JSON");
        refused("""
                {"type":"call.completed","callId":"%s","to":"+358 9 310 1000",
                 "startedAt":"2026-11-20T09:00:00Z","endedAt":"2026-11-20T09:01:00Z"}""".formatted(callId), 400, "Invalid request")
                .body("violations[0].field", equalTo("from"));
        assertEquals(0L, contactsOf(callId));

        var known = Calls.newCaller().calls();
        refused(transcript(known, "{\"speaker\":\"CALLER\",\"startMs\":0,\"endMs\":10,\"text\":\"%s\"}"
                .formatted("a".repeat(65537))), 400, "Invalid request")
                .body("violations[0].field", equalTo("segments[0].text"));
        refused("{\"type\":\"transcript.completed\",\"callId\":\"%s\",\"segments\":[]}".formatted(known), 400, "Invalid request");
        refused(transcript(known, "{\"speaker\":\"CUSTOMER\",\"startMs\":0,\"endMs\":10,\"text\":\"Hei\"}"), 400, "Malformed JSON");
        assertEquals(0L, messagesOf(known));
    }

    private static io.restassured.response.ValidatableResponse refused(String body, int status, String title) {
        return SignedWebhook.telephony(body).post("/webhooks/telephony")
                .then().statusCode(status).contentType("application/problem+json").body("title", equalTo(title));
    }

    static String transcript(String callId, String segments) {
        return """
                {"type":"transcript.completed","callId":"%s","language":"fi","segments":[%s]}""".formatted(callId, segments);
    }

    private UUID subjectOf(String externalId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select c.subjectId from Contact c where c.externalId = :x", UUID.class)
                .setParameter("x", externalId).getSingleResult());
    }

    private long contactsOf(String callId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(c) from Contact c where c.externalId = :x", Long.class)
                .setParameter("x", callId).getSingleResult());
    }

    private long messagesOf(String callId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select count(m) from Message m, Contact c where m.contactId = c.id and c.externalId = :x", Long.class)
                .setParameter("x", callId).getSingleResult());
    }

    private long receipts(String webhookId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from webhook_receipt where webhook_id = :id")
                .setParameter("id", webhookId).getSingleResult()).longValue());
    }
}
