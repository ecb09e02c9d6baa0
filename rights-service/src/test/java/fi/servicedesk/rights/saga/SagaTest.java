package fi.servicedesk.rights.saga;

import fi.servicedesk.kit.replies.ReplyCipher;
import fi.servicedesk.rights.Dpo;
import fi.servicedesk.rights.Owners;
import fi.servicedesk.rights.events.RectificationRequested;
import fi.servicedesk.rights.events.RightsRequested;
import fi.servicedesk.rights.events.Topics;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.testsupport.CommandContract;
import fi.servicedesk.testsupport.ContractCatalog;
import io.restassured.path.json.JsonPath;
import fi.servicedesk.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static fi.servicedesk.rights.Dpo.dpo;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DESIGN §5: one command per executed case, the owners' answers, completion across every owner. */
@QuarkusTest
class SagaTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void executeSendsOneContractValidCommandWithOnlyTheVerifiedIdentifiers() {
        var id = Dpo.open("ERASURE", Dpo.subject()).getString("id");
        var phone = Dpo.get(id).getString("subject.phone");
        dpo().body("{\"verified\":[\"name\",\"email\"],\"method\":\"SSO_LOGIN\"}").post("/api/v1/requests/{id}/verification", id);
        dpo().delete("/api/v1/requests/{id}/subject/{identifier}", id, "phone").then().statusCode(200);

        dpo().post("/api/v1/requests/{id}/execute", id).then().statusCode(202)
                .body("status", equalTo("EXECUTING"))
                .body("owners.service", contains(Owners.INGEST, Owners.REDACTION))
                .body("owners.status", contains("PENDING", "PENDING"));
        dpo().post("/api/v1/requests/{id}/execute", id).then().statusCode(409);

        var commands = KafkaTestClient.await(Topics.REQUESTS, r -> id.equals(r.key()), 1, WAIT);
        assertEquals(1, commands.size(), "one command, however often execute is called");
        assertEquals(RightsRequested.ERASURE, KafkaTestClient.header(commands.getFirst(), "ce_type"));
        ContractCatalog.assertValid(RightsRequested.ERASURE, commands.getFirst().value());
        var email = Dpo.get(id).getString("subject.email");
        var command = commands.getFirst().value();
        assertFalse(command.contains(phone) || command.contains(email) || command.contains("Maija"),
                "no identifier in clear on the topic (issue 12, finding 2): " + command);
        assertTrue(command.contains(CommandContract.hash("email", email)), "the subject by its e-mail's matching hash");
        assertTrue(command.contains("\"phone\":null"), "R10.5: an unverified identifier is never used, not even hashed");
    }

    /** R3.1 and issue 12 finding 4: an erasure names every active hold, so no owner erases before it has read one. */
    @Test
    void anErasureCommandNamesEveryActiveHoldByHashesAndNoLiftedOne() throws Exception {
        var heldEmail = "held." + UUID.randomUUID() + "@example.com";
        var bySubject = dpo().body("{\"subject\":{\"email\":\"%s\"},\"reason\":\"Dispute DSP-21\"}".formatted(heldEmail))
                .post("/api/v1/holds").then().statusCode(201).extract().<String>path("id");
        var contactId = UUID.randomUUID().toString();
        var byContact = dpo().body("{\"contactId\":\"%s\",\"reason\":\"Dispute DSP-22\"}".formatted(contactId))
                .post("/api/v1/holds").then().statusCode(201).extract().<String>path("id");
        var lifted = dpo().body("{\"contactId\":\"%s\",\"reason\":\"Settled\"}".formatted(UUID.randomUUID()))
                .post("/api/v1/holds").then().statusCode(201).extract().<String>path("id");
        dpo().delete("/api/v1/holds/{id}", lifted).then().statusCode(200);

        var id = Dpo.executing("ERASURE", Dpo.subject());
        var command = KafkaTestClient.await(Topics.REQUESTS, r -> id.equals(r.key()), 1, WAIT).getFirst().value();
        ContractCatalog.assertValid(RightsRequested.ERASURE, command);
        var holds = new ObjectMapper().readTree(command).get("holds");
        var named = new java.util.HashMap<String, com.fasterxml.jackson.databind.JsonNode>();
        holds.forEach(hold -> named.put(hold.get("holdId").asText(), hold));
        assertEquals(CommandContract.hash("email", heldEmail), named.get(bySubject).get("subject").get("email").asText());
        assertEquals(contactId, named.get(byContact).get("contactId").asText());
        assertFalse(named.containsKey(lifted), "a lifted hold keeps nothing");
        assertFalse(command.contains(heldEmail), "the hold's identifiers travel as hashes only");
    }

    @ParameterizedTest
    @CsvSource({"ACCESS, " + RightsRequested.ACCESS, "OBJECTION, " + RightsRequested.OBJECTION})
    void everyRequestTypeSendsItsContractValidCommand(String type, String ceType) {
        var id = Dpo.executing(type, Dpo.subject());
        var commands = KafkaTestClient.await(Topics.REQUESTS, r -> id.equals(r.key()), 1, WAIT);
        assertEquals(ceType, KafkaTestClient.header(commands.getFirst(), "ce_type"));
        ContractCatalog.assertValid(ceType, commands.getFirst().value());
    }

    @Test
    void rectificationCommandCarriesTheNewValue() {
        var newEmail = "renamed." + UUID.randomUUID() + "@example.com";
        var id = dpo().body("{\"type\":\"RECTIFICATION\",\"subject\":%s,\"rectification\":{\"field\":\"email\",\"newValue\":\"%s\"}}"
                        .formatted(Dpo.subject(), newEmail))
                .post("/api/v1/requests").then().statusCode(201).extract().<String>path("id");
        dpo().body("{\"verified\":[\"name\",\"email\",\"phone\"],\"method\":\"ID_DOCUMENT\"}").post("/api/v1/requests/{id}/verification", id);
        dpo().post("/api/v1/requests/{id}/execute", id).then().statusCode(202);

        var command = KafkaTestClient.await(Topics.REQUESTS, r -> id.equals(r.key()), 1, WAIT).getFirst();
        assertEquals(RectificationRequested.TYPE, KafkaTestClient.header(command, "ce_type"));
        ContractCatalog.assertValid(RectificationRequested.TYPE, command.value());
        assertFalse(command.value().contains(newEmail), "the new value travels sealed");
        var sealed = JsonPath.from(command.value()).getString("rectification.sealedValue");
        assertEquals(newEmail, CommandContract.open(UUID.fromString(id), sealed), "sealed as contracts/README.md says");
    }

    @Test
    void caseCompletesWhenEveryOwnerHasAnsweredAndListsWhatEachRemoved() {
        var id = Dpo.executing("ERASURE", Dpo.subject());

        Owners.answer(Owners.INGEST, id, "ERASURE",
                List.of(Map.of("category", "contact", "count", 2), Map.of("category", "message", "count", 14)),
                List.of(Map.of("category", "contact", "count", 1, "reason", "legal hold DSP-1")), null);
        await().atMost(WAIT).until(() -> "ANSWERED".equals(Dpo.get(id).getString("owners[0].status")));
        var halfway = Dpo.get(id);
        assertEquals("EXECUTING", halfway.getString("status"), "redaction has not answered yet");
        assertEquals("COMPLETED; removed contact 2, message 14; kept contact 1 (legal hold DSP-1)",
                halfway.getString("owners[0].summary"));

        Owners.answer(Owners.REDACTION, id, "ERASURE", List.of(Map.of("category", "corpus", "count", 14)), List.of(),
                "Pseudonym key destroyed");
        await().atMost(WAIT).until(() -> "COMPLETED".equals(Dpo.get(id).getString("status")));
        var done = Dpo.get(id);
        assertEquals("COMPLETED; removed corpus 14; Pseudonym key destroyed", done.getString("owners[1].summary"));
        assertTrue(done.getList("history.action").contains("COMPLETED"));
    }

    @Test
    void redeliveredOrRepeatedAnswersChangeNothing() {
        var id = Dpo.executing("OBJECTION", Dpo.subject());
        var data = Owners.answerData(Owners.INGEST, id, "OBJECTION", "COMPLETED",
                List.of(Map.of("category", "contact", "count", 1)), List.of(), null, null);
        var eventId = UUID.randomUUID().toString();
        Owners.send(Owners.INGEST, "request-answered", id, eventId, data);
        await().atMost(WAIT).until(() -> "ANSWERED".equals(Dpo.get(id).getString("owners[0].status")));
        var before = Dpo.get(id);

        Owners.send(Owners.INGEST, "request-answered", id, eventId, data);
        Owners.answer(Owners.INGEST, id, "OBJECTION", List.of(Map.of("category", "contact", "count", 99)), List.of(), null);
        // The redaction answer, sent last on the same key, proves the two before it were consumed.
        Owners.answer(Owners.REDACTION, id, "OBJECTION", List.of(), List.of(), null);
        await().atMost(WAIT).until(() -> "COMPLETED".equals(Dpo.get(id).getString("status")));

        var after = Dpo.get(id);
        assertEquals(before.getString("owners[0].summary"), after.getString("owners[0].summary"));
        assertEquals(before.getString("owners[0].answeredAt"), after.getString("owners[0].answeredAt"));
        assertEquals(1, after.getList("history.by").stream().filter(Owners.INGEST::equals).count(),
                "ingest's answer is on the record once");
    }

    @Test
    void accessDataEncryptedToTheCaseIsCheckedFromItsChunksAndTheCaseCompletes() {
        var id = Dpo.executing("ACCESS", Dpo.subject());
        var document = ("{\"service\":\"ingest-service\",\"padding\":\"" + "x".repeat(600_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        Owners.access(Owners.INGEST, id, document);
        Owners.access(Owners.REDACTION, id, "{\"service\":\"redaction-service\"}".getBytes(StandardCharsets.UTF_8));

        await().atMost(WAIT).until(() -> "COMPLETED".equals(Dpo.get(id).getString("status")));
        assertNull(Dpo.get(id).get("owners[0].failure"));
    }

    @Test
    void accessDataThatDoesNotMatchItsChecksumIsAVisibleFailureNotACompletion() {
        var id = Dpo.executing("ACCESS", Dpo.subject());
        var document = "{\"service\":\"ingest-service\"}".getBytes(StandardCharsets.UTF_8);
        Owners.access(Owners.INGEST, id, 1, document, Map.of(), claim -> part(claim, "sha256",
                Owners.sha256("something else".getBytes(StandardCharsets.UTF_8))));
        Owners.access(Owners.REDACTION, id, "{\"service\":\"redaction-service\"}".getBytes(StandardCharsets.UTF_8));

        await().atMost(WAIT).until(() -> "ANSWERED".equals(Dpo.get(id).getString("owners[1].status")));
        var c = Dpo.get(id);
        assertEquals("EXECUTING", c.getString("status"));
        assertEquals("document does not match the owner's SHA-256.", c.getString("owners[0].failure"));
        assertTrue(c.getList("history.action").contains("OWNER_ANSWER_NOT_ACCEPTED"));
    }

    @Test
    void accessDataWithAMissingChunkIsAVisibleFailure() {
        var id = Dpo.executing("ACCESS", Dpo.subject());
        Owners.access(Owners.INGEST, id, 1, "{\"service\":\"ingest-service\"}".getBytes(StandardCharsets.UTF_8), Map.of(),
                claim -> {
                    claim.put("chunks", 2);
                    return part(claim, "chunks", 2);
                });

        await().atMost(WAIT).until(() -> "ANSWERED".equals(Dpo.get(id).getString("owners[0].status")));
        assertTrue(Dpo.get(id).getString("owners[0].failure").startsWith("Access data incomplete"));
    }

    /** Issue 16 item 7: a chunk made for another owner's answer does not open under this owner's binding. */
    @Test
    void accessDataEncryptedForAnotherOwnerIsNotAccepted() {
        var id = Dpo.executing("ACCESS", Dpo.subject());
        var key = Owners.caseKey(id, 1);
        var document = "{\"service\":\"ingest-service\"}".getBytes(StandardCharsets.UTF_8);
        var envelope = ReplyCipher.encrypt(ReplyCipher.publicKey(key),
                ReplyCipher.aad(UUID.fromString(id), Owners.REDACTION, 1, "document", 0), document, document.length);
        Owners.send(Owners.INGEST, "access-chunk", id, UUID.randomUUID().toString(), Map.of("requestId", id,
                "service", Owners.INGEST, "attempt", 1, "part", "document", "index", 0,
                "data", Base64.getEncoder().encodeToString(envelope)));
        var data = Owners.answerData(Owners.INGEST, id, "ACCESS", "COMPLETED", List.of(), List.of(), null, Map.of("chunks", 1,
                "parts", List.of(Map.of("name", "document", "chunks", 1, "bytes", document.length,
                        "sha256", Owners.sha256(document), "contentType", "application/json"))));
        Owners.send(Owners.INGEST, "request-answered", id, UUID.randomUUID().toString(), data);

        await().atMost(WAIT).until(() -> "ANSWERED".equals(Dpo.get(id).getString("owners[0].status")));
        assertTrue(Dpo.get(id).getString("owners[0].failure").contains("does not open under this case's key for ingest-service"),
                Dpo.get(id).getString("owners[0].failure"));
    }

    /** Issue 16 item 7: an answer whose CloudEvent source is not the owner it names does not count. */
    @Test
    void anAnswerSentByAnotherServiceThanTheOwnerItNamesIsIgnored() {
        var id = Dpo.executing("ERASURE", Dpo.subject());
        var data = Owners.write(Owners.answerData(Owners.INGEST, id, "ERASURE", "COMPLETED", List.of(), List.of(), null, null));
        KafkaTestClient.sendRaw(Owners.REPLIES, id, Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                "ce_type", "fi.servicedesk.ingest.request-answered.v1", "ce_source", "urn:fi.servicedesk:redaction-service",
                "content-type", "application/json"), data);
        Owners.answer(Owners.REDACTION, id, "ERASURE", List.of(), List.of(), null);

        await().atMost(WAIT).until(() -> "ANSWERED".equals(Dpo.get(id).getString("owners[1].status")));
        assertEquals("PENDING", Dpo.get(id).getString("owners[0].status"), "redaction-service cannot answer for ingest-service");
    }

    /**
     * Finding 13: an owner whose answer failed is asked again, alone, with the next attempt; chunks
     * and answers of the earlier attempt no longer count, and the new reply completes the case.
     */
    @Test
    void anOwnerWhoseAnswerFailedIsAskedAgainAndOnlyTheNewAttemptCounts() {
        var id = Dpo.executing("ACCESS", Dpo.subject());
        var document = "{\"service\":\"ingest-service\"}".getBytes(StandardCharsets.UTF_8);
        Owners.access(Owners.INGEST, id, 1, document, Map.of(), claim -> part(claim, "bytes", 1));
        Owners.access(Owners.REDACTION, id, "{\"service\":\"redaction-service\"}".getBytes(StandardCharsets.UTF_8));
        await().atMost(WAIT).until(() -> "ANSWERED".equals(Dpo.get(id).getString("owners[1].status"))
                && "ANSWERED".equals(Dpo.get(id).getString("owners[0].status")));
        Dpo.dpo().post("/api/v1/requests/{id}/owners/{service}/reask", id, Owners.REDACTION).then().statusCode(409)
                .contentType("application/problem+json");

        Dpo.dpo().post("/api/v1/requests/{id}/owners/{service}/reask", id, Owners.INGEST).then().statusCode(202)
                .body("owners[0].status", equalTo("PENDING")).body("owners[0].attempt", equalTo(2));
        var command = KafkaTestClient.await(Owners.REQUESTS, r -> id.equals(r.key()) && r.value().contains("\"attempt\":2"), 1, WAIT);
        assertTrue(command.getFirst().value().contains("\"owner\":\"ingest-service\""), "asked of ingest only");
        Owners.access(Owners.INGEST, id, 1, document, Map.of(), UnaryOperator.identity());
        Owners.access(Owners.INGEST, id, 2, document, Map.of(), UnaryOperator.identity());

        await().atMost(WAIT).until(() -> "COMPLETED".equals(Dpo.get(id).getString("status")));
        var c = Dpo.get(id);
        assertNull(c.get("owners[0].failure"));
        assertTrue(c.getList("history.action").contains("OWNER_ASKED_AGAIN"));
        Dpo.dpo().post("/api/v1/requests/{id}/owners/{service}/reask", id, Owners.INGEST).then().statusCode(409);
    }

    @Test
    void anOwnerStillWithinItsTimeOrOfNoCaseCannotBeAskedAgain() {
        var id = Dpo.executing("ACCESS", Dpo.subject());
        Dpo.dpo().post("/api/v1/requests/{id}/owners/{service}/reask", id, Owners.INGEST).then().statusCode(409)
                .contentType("application/problem+json");
        Dpo.dpo().post("/api/v1/requests/{id}/owners/{service}/reask", id, "nobody-service").then().statusCode(404);
        Dpo.as("auditor").post("/api/v1/requests/{id}/owners/{service}/reask", id, Owners.INGEST).then().statusCode(403);
    }

    /** Changes what the answer claims of its first part (the document). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(Map<String, Object> accessPackage, String field, Object value) {
        var parts = new java.util.ArrayList<>((List<Map<String, Object>>) accessPackage.get("parts"));
        var first = new java.util.HashMap<>(parts.getFirst());
        first.put(field, value);
        parts.set(0, first);
        accessPackage.put("parts", parts);
        return accessPackage;
    }

    @Test
    void redeliveredChunksAreStoredOnce() {
        var id = Dpo.executing("ACCESS", Dpo.subject());
        var document = "{\"service\":\"redaction-service\",\"corpusEntries\":[]}".getBytes(StandardCharsets.UTF_8);
        Owners.access(Owners.REDACTION, id, document);
        Owners.access(Owners.REDACTION, id, document);

        await().atMost(WAIT).until(() -> "ANSWERED".equals(Dpo.get(id).getString("owners[1].status")));
        assertNull(Dpo.get(id).get("owners[1].failure"), "the same chunk twice still reassembles to the document");
    }
}
