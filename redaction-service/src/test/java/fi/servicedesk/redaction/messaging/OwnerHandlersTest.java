package fi.servicedesk.redaction.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.kit.replies.ReplyCipher;
import fi.servicedesk.redaction.events.AccessChunk;
import fi.servicedesk.redaction.events.MessageCaptured;
import fi.servicedesk.redaction.events.RequestAnswered;
import fi.servicedesk.redaction.events.RightsRequested;
import fi.servicedesk.redaction.events.SweepCompleted;
import fi.servicedesk.redaction.events.SweepRequested;
import fi.servicedesk.testsupport.CommandContract;
import fi.servicedesk.testsupport.ContractCatalog;
import fi.servicedesk.testsupport.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The owner side of rights requests (R10.1–R10.3) and retention sweeps (R8.2), end to end over Kafka. */
@QuarkusTest
class OwnerHandlersTest {

    private static final String REQUESTS = "privacy.requests.v1";
    private static final String EXAMPLE_REQUEST_ID = "5f1e9c3a-2b7d-4c8e-9a01-3d5b7f9e1c22";

    /** The key of contracts/examples' commands, replaced by one whose private half the test holds. */
    private static final String EXAMPLE_REPLY_KEY = "MCowBQYDK2VuAyEA/LgyRbvdXMWNW6f7lMP5qGR6nEOIJoHb1myl1rx9g34=";
    private static final KeyPair CASE_KEY = ReplyCipher.newKeyPair();

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Test
    void everyConsumedExampleParses() {
        for (var type : List.of(RightsRequested.ACCESS, RightsRequested.ERASURE, RightsRequested.OBJECTION,
                RightsRequested.RECTIFICATION)) {
            assertDoesNotThrow(() -> json.readValue(ContractCatalog.example(type), RightsRequested.class), type);
        }
        assertDoesNotThrow(() -> json.readValue(ContractCatalog.example(SweepRequested.TYPE), SweepRequested.class));
    }

    @Test
    void accessSendsTheSubjectsEntriesInChunksThenTheAnswer() throws Exception {
        var email = capturedMessage().email();
        var requestId = UUID.randomUUID().toString();
        send(RightsRequested.ACCESS, requestId, email);

        var replies = repliesTo(requestId, 2);
        assertEquals(List.of(AccessChunk.TYPE, RequestAnswered.TYPE), replies.stream().map(r -> KafkaTestClient.header(r, "ce_type")).toList());
        replies.forEach(r -> ContractCatalog.assertValid(KafkaTestClient.header(r, "ce_type"), r.value()));
        var chunk = json.readTree(replies.get(0).value());
        assertEquals("document", chunk.get("part").asText());
        var document = ReplyCipher.decrypt(CASE_KEY.getPrivate(), CASE_KEY.getPublic(),
                ReplyCipher.aad(UUID.fromString(requestId), "redaction-service", 1, "document", 0),
                Base64.getDecoder().decode(chunk.get("data").asText()));
        ContractCatalog.assertValid("access-data.redaction-service", new String(document, StandardCharsets.UTF_8));
        var answer = json.readTree(replies.get(1).value());
        assertEquals("COMPLETED", answer.get("outcome").asText());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document)),
                answer.at("/accessPackage/parts/0/sha256").asText());
        var entries = json.readTree(document).get("corpusEntries");
        assertEquals(1, entries.size());
        assertTrue(entries.get(0).get("text").asText().contains("[EMAIL_1]"));
    }

    @Test
    void erasureDeletesTheSubjectsEntriesAndLinksAndSaysWhatWasRemoved() throws Exception {
        var email = capturedMessage().email();
        var requestId = UUID.randomUUID().toString();
        send(RightsRequested.ERASURE, requestId, email);

        var answer = answerTo(requestId);
        assertEquals("ERASURE", answer.get("requestType").asText());
        assertEquals("corpus", answer.at("/removed/0/category").asText());
        assertEquals(1, answer.at("/removed/0/count").asInt());
        assertEquals(0L, count("select count(*) from subject_link where conversation not in (select conversation from corpus_entry)"));
    }

    @Test
    void objectionStopsPurposeBByErasingAndSaysSo() throws Exception {
        var email = capturedMessage().email();
        var requestId = UUID.randomUUID().toString();
        send(RightsRequested.OBJECTION, requestId, email);

        var answer = answerTo(requestId);
        assertEquals("OBJECTION", answer.get("requestType").asText());
        assertEquals(1, answer.at("/removed/0/count").asInt());
        assertTrue(answer.get("note").asText().contains("purpose B"));
    }

    @Test
    void aSubjectWithoutEntriesIsNothingFound() throws Exception {
        var requestId = UUID.randomUUID().toString();
        send(RightsRequested.ERASURE, requestId, "nobody-" + requestId + "@example.com");
        assertEquals("NOTHING_FOUND", answerTo(requestId).get("outcome").asText());
    }

    @Test
    void rectificationIsCompletedWithANote() throws Exception {
        var requestId = UUID.randomUUID().toString();
        KafkaTestClient.sendCloudEvent(REQUESTS, requestId, UUID.randomUUID().toString(), RightsRequested.RECTIFICATION,
                ContractCatalog.example(RightsRequested.RECTIFICATION).replace("6a2b8c4d-3e9f-4a1b-8c2d-4e6f8a0b2c33", requestId));
        var answer = answerTo(requestId);
        assertEquals("COMPLETED", answer.get("outcome").asText());
        assertTrue(answer.get("note").asText().contains("no identifiers"));
    }

    @Test
    void sweepDeletesEntriesBeforeTheCutoffOnceAndReports() throws Exception {
        var old = capturedMessage().messageId();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update corpus_entry set stored_at = '2020-01-01T00:00:00Z' where source_message_id = :m")
                .setParameter("m", old).executeUpdate());
        var sweepId = UUID.randomUUID().toString();
        var data = ContractCatalog.example(SweepRequested.TYPE).replace("9d5e1f7a-6b2c-4d4e-8f5a-7b9c1d3e5f66", sweepId)
                .replace("\"corpus\": \"2025-11-29T02:00:00Z\"", "\"corpus\": \"2021-01-01T00:00:00Z\"");
        KafkaTestClient.sendCloudEvent("retention.sweeps.v1", sweepId, UUID.randomUUID().toString(), SweepRequested.TYPE, data);
        KafkaTestClient.sendCloudEvent("retention.sweeps.v1", sweepId, UUID.randomUUID().toString(), SweepRequested.TYPE, data);

        var reports = KafkaTestClient.await("retention.reports.v1", r -> sweepId.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, reports.size());
        ContractCatalog.assertValid(SweepCompleted.TYPE, reports.getFirst().value());
        var category = json.readTree(reports.getFirst().value()).at("/categories/0");
        assertEquals("corpus", category.get("category").asText());
        assertTrue(category.get("deleted").asInt() >= 1);
        assertEquals(0, category.get("held").asInt());
        assertEquals(0, category.get("expiredUnheld").asInt(), "nothing expired is left");
        assertEquals(0L, count("select count(*) from corpus_entry where source_message_id = '" + old + "'"));
    }

    private record Captured(String email, UUID messageId) {
    }

    /** Captures one message of a new subject with a unique e-mail address. */
    private Captured capturedMessage() {
        var email = "s" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var messageId = UUID.randomUUID();
        var contactId = UUID.randomUUID();
        var data = ContractCatalog.example(MessageCaptured.TYPE)
                .replace("matti.virtanen@example.com", email)
                .replace("7d4c2a10-1f3b-4e7a-8c55-0a9e6b2d4f01", messageId.toString())
                .replace("0b7f4a52-6c1e-4a43-9f0e-2d1b9d3a6c11", contactId.toString())
                .replace("\"mvirtanen\"", "\"u" + messageId + "\"")
                .replace("+358401234567", "+35840" + (1000000 + (int) (Math.random() * 8999999)));
        KafkaTestClient.sendCloudEvent("servicedesk.interactions.v1", contactId.toString(), UUID.randomUUID().toString(),
                MessageCaptured.TYPE, data);
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from corpus_entry where source_message_id = '" + messageId + "'") == 1);
        return new Captured(email, messageId);
    }

    private static void send(String type, String requestId, String email) {
        var data = ContractCatalog.example(type).replace(EXAMPLE_REQUEST_ID, requestId)
                .replaceFirst("\"subject\": \\{[^}]*}", "\"subject\": " + CommandContract.subjectJson(email, null, null, null))
                .replace(EXAMPLE_REPLY_KEY, ReplyCipher.encode(CASE_KEY.getPublic()));
        ContractCatalog.assertValid(type, data);
        KafkaTestClient.sendCloudEvent(REQUESTS, requestId, UUID.randomUUID().toString(), type, data);
    }

    private List<ConsumerRecord<String, String>> repliesTo(String requestId, int count) {
        return KafkaTestClient.await("privacy.replies.v1", r -> requestId.equals(r.key()), count, Duration.ofSeconds(30));
    }

    private JsonNode answerTo(String requestId) throws Exception {
        var replies = repliesTo(requestId, 1);
        assertEquals(1, replies.size());
        ContractCatalog.assertValid(RequestAnswered.TYPE, replies.getFirst().value());
        return json.readTree(replies.getFirst().value());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
