package fi.servicedesk.ingest.rights;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.servicedesk.ingest.Chats;
import fi.servicedesk.ingest.recordings.Wavs;
import fi.servicedesk.ingest.telephony.Calls;
import fi.servicedesk.ingest.crypto.DataKeys;
import fi.servicedesk.ingest.events.AccessChunk;
import fi.servicedesk.ingest.events.LegalHoldLifted;
import fi.servicedesk.ingest.events.LegalHoldPlaced;
import fi.servicedesk.ingest.events.MessageCaptured;
import fi.servicedesk.ingest.events.RequestAnswered;
import fi.servicedesk.ingest.events.RightsRequested;
import fi.servicedesk.ingest.events.Topics;
import fi.servicedesk.ingest.api.webhooks.SignedWebhook;
import fi.servicedesk.testsupport.CommandContract;
import fi.servicedesk.testsupport.ContractCatalog;
import fi.servicedesk.testsupport.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Owner side of data-subject requests (R10.1-R10.5, R4.1) and legal holds (R3.1), over real Kafka. */
@QuarkusTest
class PrivacyRequestsTest {

    private static final String REQUESTS = "privacy.requests.v1";
    private static final CaseReplies CASE = new CaseReplies();

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    DataKeys keys;

    @Test
    void everyConsumedContractExampleParses() throws Exception {
        for (var type : List.of(RightsRequested.ACCESS, RightsRequested.RECTIFICATION, RightsRequested.ERASURE, RightsRequested.OBJECTION)) {
            assertNotNull(json.readValue(ContractCatalog.example(type), RightsRequested.class).requestId());
        }
        assertNotNull(json.readValue(ContractCatalog.example(LegalHoldPlaced.TYPE), LegalHoldPlaced.class).contactId());
        assertNotNull(json.readValue(ContractCatalog.example(LegalHoldLifted.TYPE), LegalHoldLifted.class).holdId());
    }

    @Test
    void accessRequestIsAnsweredWithChunksEncryptedToTheCaseWhoseSha256MatchesAndAValidDocument() throws Exception {
        var person = Chats.newPerson();
        var conversation = person.says("conv-" + UUID.randomUUID(), "Tulostin ei toimi");
        var requestId = UUID.randomUUID().toString();

        send(RightsRequested.ACCESS, requestId, request(requestId, person.subjectJson()));

        var replies = replies(requestId, 2);
        assertEquals(AccessChunk.TYPE, KafkaTestClient.header(replies.get(0), "ce_type"));
        ContractCatalog.assertValid(AccessChunk.TYPE, replies.get(0).value());
        for (var clear : List.of(person.email(), "Tulostin", conversation)) {
            assertFalse(replies.get(0).value().contains(clear), "in clear on privacy.replies.v1: " + clear);
        }
        ContractCatalog.assertValid(RequestAnswered.TYPE, replies.get(1).value());
        var answer = json.readTree(replies.get(1).value());
        assertEquals("COMPLETED", answer.get("outcome").asText());
        assertEquals(1, answer.get("attempt").asInt());
        var document = CASE.parts(replies).get("document");
        var described = answer.at("/accessPackage/parts/0");
        assertEquals("document", described.get("name").asText());
        assertEquals(described.get("bytes").asLong(), document.length);
        assertEquals(described.get("sha256").asText(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document)));
        var text = new String(document, java.nio.charset.StandardCharsets.UTF_8);
        ContractCatalog.assertValid("access-data.ingest-service", text);
        JsonNode access = json.readTree(text);
        assertEquals(person.email(), access.get("subjects").get(0).get("email").asText());
        assertEquals(conversation, access.get("contacts").get(0).get("externalId").asText());
        assertEquals("Tulostin ei toimi", access.get("contacts").get(0).get("messages").get(0).get("text").asText());
    }

    /**
     * Finding 2 (replies) and 13: what privacy.replies.v1 carries, read with a real consumer, names no
     * identifier of the caller in clear (the chat test above checks message text); a recording is sent as a part of its own, in chunks
     * of at most 256 KiB, and is the uploaded audio byte for byte.
     */
    @Test
    void aReplyOnKafkaHoldsNoIdentifierOrTextInClearAndTheRecordingIsItsOwnPart() throws Exception {
        var caller = Calls.newCaller();
        var callId = caller.calls();
        var wav = Wavs.pcm(700_000, "INAM " + caller.name());
        SignedWebhook.recording(wav).put(Calls.recordingPath(callId)).then().statusCode(200);
        var requestId = UUID.randomUUID().toString();

        send(RightsRequested.ACCESS, requestId, request(requestId,
                CommandContract.subjectJson(caller.email(), null, caller.e164(), null)));

        var replies = KafkaTestClient.await(Topics.PRIVACY_REPLIES, r -> requestId.equals(r.key()), 5, Duration.ofSeconds(30));
        var answer = json.readTree(replies.getLast().value());
        assertEquals(RequestAnswered.TYPE, KafkaTestClient.header(replies.getLast(), "ce_type"));
        assertEquals("COMPLETED", answer.get("outcome").asText(), answer.toString());
        for (var reply : replies) {
            // A chunk's data is base64 of ciphertext, which any short word may turn up in by chance
            // ("INAM" in about one run of twenty); that it is ciphertext is shown by opening it (CASE.parts).
            var readable = ((ObjectNode) json.readTree(reply.value())).without("data").toString();
            for (var clear : List.of(caller.email(), caller.digits(), caller.name(), "Soittaja", "INAM", "Aino Agentti")) {
                assertFalse(readable.contains(clear), "in clear on privacy.replies.v1: " + clear);
            }
            ContractCatalog.assertValid(KafkaTestClient.header(reply, "ce_type"), reply.value());
        }
        var parts = CASE.parts(replies);
        var recordingPart = answer.at("/accessPackage/parts/1");
        var contactId = Chats.contactIdOf(entityManager, callId);
        assertEquals("recordings/" + contactId + ".wav", recordingPart.get("name").asText());
        assertEquals(3, recordingPart.get("chunks").asInt(), "700 kB in chunks of 256 KiB");
        assertArrayEquals(wav, parts.get("recordings/" + contactId + ".wav"), "R10.1: the recording byte for byte");
        var document = json.readTree(parts.get("document"));
        assertEquals(caller.email(), document.at("/subjects/0/email").asText());
        assertEquals("recordings/" + contactId + ".wav", document.at("/contacts").findValue("file").asText());
    }

    /** A command asked again of one owner reaches only it, and its answer carries the new attempt. */
    @Test
    void aCommandAskedAgainOfAnotherOwnerIsIgnoredAndOneForThisOwnerIsAnsweredWithItsAttempt() throws Exception {
        var person = Chats.newPerson();
        person.says("conv-" + UUID.randomUUID(), "Hei taas");
        var requestId = UUID.randomUUID().toString();

        send(RightsRequested.ACCESS, requestId, CASE.command(requestId, person.subjectJson(), 2, "redaction-service"));
        send(RightsRequested.ACCESS, requestId, CASE.command(requestId, person.subjectJson(), 3, "ingest-service"));

        var replies = replies(requestId, 3);
        assertEquals(2, replies.size(), "one chunk and one answer, to attempt 3 only");
        assertTrue(replies.stream().allMatch(r -> r.value().contains("\"attempt\":3")));
        assertEquals(json.readTree(replies.getLast().value()).at("/accessPackage/parts/0/sha256").asText(),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(CASE.parts(replies).get("document"))));
    }

    @Test
    void aCommandWithoutAReplyKeyGetsNoAccessDataInClear() throws Exception {
        var person = Chats.newPerson();
        person.says("conv-" + UUID.randomUUID(), "Ei selväkielisenä");
        var requestId = UUID.randomUUID().toString();

        // Outside the contract on purpose (reply is required): an owner must still never answer in clear.
        KafkaTestClient.sendCloudEvent(REQUESTS, requestId, UUID.randomUUID().toString(), RightsRequested.ACCESS, """
                {"requestId":"%s","subject":%s,"requestedAt":"2026-11-25T10:00:00Z"}""".formatted(requestId, person.subjectJson()));

        var replies = replies(requestId, 2);
        assertEquals(1, replies.size());
        assertEquals("FAILED", json.readTree(replies.getFirst().value()).get("outcome").asText());
    }

    @Test
    void identifiersOfTwoDifferentSubjectsFindNothing() throws Exception {
        var person = Chats.newPerson();
        var other = Chats.newPerson();
        person.says("conv-" + UUID.randomUUID(), "Hei");
        other.says("conv-" + UUID.randomUUID(), "Hei");
        var requestId = UUID.randomUUID().toString();

        send(RightsRequested.ACCESS, requestId, request(requestId,
                CommandContract.subjectJson(person.email(), null, other.phone(), null)));

        var answer = json.readTree(replies(requestId, 1).getFirst().value());
        assertEquals("NOTHING_FOUND", answer.get("outcome").asText(), "R10.5: a subject holding another of the given kinds is someone else");
    }

    @Test
    void aPersonKnownAsTwoSubjectsByEmailAndByPhoneIsAccessedAndErasedWhole() throws Exception {
        var person = Chats.newPerson();
        var byEmail = saysAs(person, "{\"role\":\"END_USER\",\"email\":\"%s\"}".formatted(person.email()), "Sähköpostilla");
        var byPhone = saysAs(person, "{\"role\":\"END_USER\",\"phone\":\"%s\"}".formatted(person.phone()), "Puhelimella");
        var subjects = List.of(subjectOf(Chats.contactIdOf(entityManager, byEmail)), subjectOf(Chats.contactIdOf(entityManager, byPhone)));
        assertEquals(2, subjects.stream().distinct().count(), "nothing links the e-mail to the phone here");
        var identifiers = CommandContract.subjectJson(person.email(), null, person.phone(), null);

        var access = UUID.randomUUID().toString();
        send(RightsRequested.ACCESS, access, request(access, identifiers));
        var replies = replies(access, 2);
        var answer = json.readTree(replies.get(1).value());
        assertEquals("COMPLETED", answer.get("outcome").asText(), "R10.1: each verified identifier's data is the requester's");
        var document = json.readTree(CASE.parts(replies).get("document"));
        assertEquals(2, document.get("subjects").size());
        assertEquals(java.util.Set.of(byEmail, byPhone), java.util.Set.of(document.get("contacts").get(0).get("externalId").asText(),
                document.get("contacts").get(1).get("externalId").asText()));

        var erasure = UUID.randomUUID().toString();
        send(RightsRequested.ERASURE, erasure, erasure(erasure, identifiers, "[]"));
        var erased = json.readTree(replies(erasure, 1).getFirst().value());
        assertEquals(2, count(erased.get("removed"), "contact"));
        assertEquals(2, count(erased.get("removed"), "data-key"));
        assertTrue(subjects.stream().allMatch(id -> keys.find(id).isEmpty()), "R9.3: both keys shredded");
    }

    /**
     * R3.1: a hold by identifiers keeps every subject any of them belongs to — the person's chats by
     * e-mail and by phone alike — through an erasure, and the answer says what it kept and why; once
     * the hold is lifted a second erasure leaves nothing.
     */
    @Test
    void aHoldByEmailAndPhoneKeepsBothSubjectsOfAPersonThroughErasureUntilLifted() throws Exception {
        var person = Chats.newPerson();
        var byEmail = saysAs(person, "{\"role\":\"END_USER\",\"email\":\"%s\"}".formatted(person.email()), "Sähköpostilla");
        var byPhone = saysAs(person, "{\"role\":\"END_USER\",\"phone\":\"%s\"}".formatted(person.phone()), "Puhelimella");
        var subjects = List.of(subjectOf(Chats.contactIdOf(entityManager, byEmail)), subjectOf(Chats.contactIdOf(entityManager, byPhone)));
        var identifiers = CommandContract.subjectJson(person.email(), null, person.phone(), null);
        var holdId = UUID.randomUUID().toString();
        var hold = """
                {"holdId":"%s","contactId":null,"subject":%s,
                 "placedAt":"2026-11-26T09:00:00Z","placedBy":"dpo-user"}""".formatted(holdId, identifiers);
        ContractCatalog.assertValid(LegalHoldPlaced.TYPE, hold);
        send(LegalHoldPlaced.TYPE, holdId, hold);

        var erasure = UUID.randomUUID().toString();
        send(RightsRequested.ERASURE, erasure, erasure(erasure, identifiers, "[]"));
        var answer = json.readTree(replies(erasure, 1).getFirst().value());
        assertEquals(0, count(answer.get("removed"), "contact"));
        assertEquals(2, count(answer.get("kept"), "contact"), "R3.1: the chat by e-mail and the one by phone stay");
        assertTrue(answer.get("kept").get(0).get("reason").asText().contains(holdId), "the answer says which hold kept them");
        assertEquals("legal hold " + holdId, answer.get("kept").get(0).get("reason").asText(),
                "the dispute's reason is rights-service's to show: it may name people, so it never travels");
        assertNotNull(Chats.contactIdOf(entityManager, byEmail));
        assertNotNull(Chats.contactIdOf(entityManager, byPhone));
        assertTrue(subjects.stream().allMatch(id -> keys.find(id).isPresent()), "both keys still protect held data");

        send(LegalHoldLifted.TYPE, holdId, ContractCatalog.example(LegalHoldLifted.TYPE)
                .replace("8c4d0e6f-5a1b-4c3d-9e4f-6a8b0c2d4e55", holdId));
        var second = UUID.randomUUID().toString();
        send(RightsRequested.ERASURE, second, erasure(second, identifiers, "[]"));
        var secondAnswer = json.readTree(replies(second, 1).getFirst().value());
        assertEquals(2, count(secondAnswer.get("removed"), "contact"));
        assertEquals(0, secondAnswer.get("kept").size());
        assertTrue(subjects.stream().allMatch(id -> keys.find(id).isEmpty()), "R9.3: both keys shredded once lifted");
    }

    /**
     * Finding 4 of issue 12: a hold travels under its own key, so its event may reach ingest after
     * an erasure sent later. The command names the active holds, and ingest keeps what they cover
     * though it has never seen the hold event.
     */
    @Test
    void anErasureKeepsWhatTheHoldsItNamesCoverBeforeTheirEventsArrive() throws Exception {
        var person = Chats.newPerson();
        var byEmail = saysAs(person, "{\"role\":\"END_USER\",\"email\":\"%s\"}".formatted(person.email()), "Sähköpostilla");
        var byPhone = saysAs(person, "{\"role\":\"END_USER\",\"phone\":\"%s\"}".formatted(person.phone()), "Puhelimella");
        var subject = CommandContract.subjectJson(person.email(), null, person.phone(), null);
        var holdId = UUID.randomUUID().toString();
        var holds = """
                [{"holdId":"%s","contactId":null,"subject":%s}]"""
                .formatted(holdId, CommandContract.subjectJson(null, null, person.phone(), null));

        var erasure = UUID.randomUUID().toString();
        send(RightsRequested.ERASURE, erasure, erasure(erasure, subject, holds));
        var answer = json.readTree(replies(erasure, 1).getFirst().value());

        assertEquals(1, count(answer.get("removed"), "contact"), "the chat by e-mail is not held");
        assertEquals(1, count(answer.get("kept"), "contact"), "R3.1: the chat by phone is, by the hold the command names");
        assertTrue(answer.get("kept").get(0).get("reason").asText().contains(holdId));
        assertNull(Chats.contactIdOf(entityManager, byEmail));
        assertNotNull(Chats.contactIdOf(entityManager, byPhone));
    }

    /** R3.1: a hold by identifiers covers a subject ingest learns of only after the hold was placed. */
    @Test
    void aHoldByEmailCoversASubjectStoredAfterIt() throws Exception {
        var person = Chats.newPerson();
        var holdId = UUID.randomUUID().toString();
        send(LegalHoldPlaced.TYPE, holdId, """
                {"holdId":"%s","contactId":null,"subject":%s,
                 "placedAt":"2026-11-26T09:00:00Z","placedBy":"dpo-user"}"""
                .formatted(holdId, CommandContract.subjectJson(person.email(), null, null, null)));
        awaitRows("select count(*) from legal_hold_identity where cast(hold_id as text) = '" + holdId + "'", 1);
        var later = person.says("conv-" + UUID.randomUUID(), "Ensimmäinen viesti pidon jälkeen");

        var erasure = UUID.randomUUID().toString();
        send(RightsRequested.ERASURE, erasure, erasure(erasure, person.subjectJson(), "[]"));
        var answer = json.readTree(replies(erasure, 1).getFirst().value());

        assertEquals(1, count(answer.get("kept"), "contact"));
        assertTrue(answer.get("kept").get(0).get("reason").asText().contains(holdId));
        assertNotNull(Chats.contactIdOf(entityManager, later));
    }

    private void awaitRows(String countQuery, long expected) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery(countQuery).getSingleResult()).longValue()) == expected);
    }

    /** A chat message whose sender carries only the given identifiers; returns the conversation id. */
    private static String saysAs(Chats person, String sender, String text) {
        var conversation = "conv-" + UUID.randomUUID();
        SignedWebhook.chat("""
                {"type":"chat.message","conversationId":"%s","messageId":"m-%s","sentAt":"2026-11-20T08:15:02Z",
                 "sender":%s,"text":"%s"}""".formatted(conversation, UUID.randomUUID(), sender, text))
                .post("/webhooks/chat").then().statusCode(200);
        return conversation;
    }

    @Test
    void erasureKeepsHeldContactsAndTheirKeyThenErasesAllOnceTheHoldIsLiftedAndActsOncePerEvent() throws Exception {
        var person = Chats.newPerson();
        var held = person.says("conv-" + UUID.randomUUID(), "Kiistanalainen tiketti");
        var free = person.says("conv-" + UUID.randomUUID(), "Toinen asia");
        var heldContact = Chats.contactIdOf(entityManager, held);
        var subjectId = subjectOf(heldContact);
        var holdId = UUID.randomUUID().toString();
        send(LegalHoldPlaced.TYPE, holdId, ContractCatalog.example(LegalHoldPlaced.TYPE)
                .replace("8c4d0e6f-5a1b-4c3d-9e4f-6a8b0c2d4e55", holdId)
                .replace("0b7f4a52-6c1e-4a43-9f0e-2d1b9d3a6c11", heldContact.toString()));

        var requestId = UUID.randomUUID().toString();
        var eventId = UUID.randomUUID().toString();
        var erasure = erasure(requestId, person.subjectJson(), "[]");
        KafkaTestClient.sendCloudEvent(REQUESTS, requestId, eventId, RightsRequested.ERASURE, erasure);
        KafkaTestClient.sendCloudEvent(REQUESTS, requestId, eventId, RightsRequested.ERASURE, erasure);

        var answers = replies(requestId, 2);
        assertEquals(1, answers.size(), "a redelivered command acts and answers once");
        ContractCatalog.assertValid(RequestAnswered.TYPE, answers.getFirst().value());
        var answer = json.readTree(answers.getFirst().value());
        assertEquals("COMPLETED", answer.get("outcome").asText());
        assertEquals(1, count(answer.get("removed"), "contact"));
        assertEquals(1, count(answer.get("kept"), "contact"));
        assertTrue(answer.get("kept").get(0).get("reason").asText().contains(holdId));
        assertNull(Chats.contactIdOf(entityManager, free));
        assertNotNull(Chats.contactIdOf(entityManager, held));
        assertTrue(keys.find(subjectId).isPresent(), "the key still protects the held contact");

        send(LegalHoldLifted.TYPE, holdId, ContractCatalog.example(LegalHoldLifted.TYPE)
                .replace("8c4d0e6f-5a1b-4c3d-9e4f-6a8b0c2d4e55", holdId));
        var second = UUID.randomUUID().toString();
        send(RightsRequested.ERASURE, second, erasure(second, person.subjectJson(), "[]"));

        var secondAnswer = json.readTree(replies(second, 1).getFirst().value());
        assertEquals(1, count(secondAnswer.get("removed"), "contact"));
        assertEquals(0, secondAnswer.get("kept").size());
        assertNull(Chats.contactIdOf(entityManager, held));
        assertTrue(keys.find(subjectId).isEmpty(), "R9.3: the subject's key is shredded");
    }

    @Test
    void afterAnObjectionNoMessageOfTheSubjectGoesToRedaction() throws Exception {
        var person = Chats.newPerson();
        person.says("conv-" + UUID.randomUUID(), "Ensimmäinen");
        var requestId = UUID.randomUUID().toString();
        send(RightsRequested.OBJECTION, requestId, erasure(requestId, person.subjectJson(), "[]"));
        assertEquals("COMPLETED", json.readTree(replies(requestId, 1).getFirst().value()).get("outcome").asText());

        var later = person.says("conv-" + UUID.randomUUID(), "Objected-" + requestId);

        assertNotNull(Chats.contactIdOf(entityManager, later), "purpose A still stores the contact");
        var contactId = Chats.contactIdOf(entityManager, later).toString();
        assertTrue(KafkaTestClient.await(Topics.INTERACTIONS, r -> contactId.equals(r.key())
                        && MessageCaptured.TYPE.equals(KafkaTestClient.header(r, "ce_type")), 1, Duration.ofSeconds(4)).isEmpty(),
                "R4.1: nothing more of an objected subject is sent for purpose B");
    }

    @Test
    void rectificationReplacesTheEmailSoTheNewOneFindsTheSubject() throws Exception {
        var person = Chats.newPerson();
        person.says("conv-" + UUID.randomUUID(), "Hei");
        var requestId = UUID.randomUUID().toString();
        var newEmail = "new." + person.email();
        send(RightsRequested.RECTIFICATION, requestId, """
                {"requestId":"%s","subject":%s,"requestedAt":"2026-11-25T10:00:00Z",
                 "rectification":{"field":"email","sealedValue":"%s"},"reply":%s}""".formatted(requestId,
                CommandContract.subjectJson(person.email(), null, null, null),
                CommandContract.seal(UUID.fromString(requestId), newEmail), CASE.reply(1, null)));
        var answer = replies(requestId, 1).getFirst().value();
        ContractCatalog.assertValid(RequestAnswered.TYPE, answer);
        assertEquals("COMPLETED", json.readTree(answer).get("outcome").asText());

        var access = UUID.randomUUID().toString();
        send(RightsRequested.ACCESS, access, request(access, CommandContract.subjectJson(newEmail, null, null, null)));
        assertEquals(2, replies(access, 2).size(), "found by the rectified e-mail: one chunk and the answer");
    }

    private static String request(String requestId, String subject) {
        return CASE.command(requestId, subject);
    }

    /** An erasure or objection command naming {@code holds} (a JSON array) as active. */
    private static String erasure(String requestId, String subject, String holds) {
        return """
                {"requestId":"%s","subject":%s,"requestedAt":"2026-11-25T10:00:00Z","holds":%s,"reply":%s}""".formatted(requestId,
                subject, holds, CASE.reply(1, null));
    }

    /** Every command and hold a test sends keeps the contract (no identifier in clear). */
    private static void send(String type, String key, String data) {
        ContractCatalog.assertValid(type, data);
        KafkaTestClient.sendCloudEvent(REQUESTS, key, UUID.randomUUID().toString(), type, data);
    }

    private static List<ConsumerRecord<String, String>> replies(String requestId, int count) {
        return KafkaTestClient.await(Topics.PRIVACY_REPLIES, r -> requestId.equals(r.key()), count, Duration.ofSeconds(30));
    }

    private static long count(JsonNode entries, String category) {
        for (var entry : entries) {
            if (category.equals(entry.get("category").asText())) {
                return entry.get("count").asLong();
            }
        }
        return 0;
    }

    private UUID subjectOf(UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select c.subjectId from Contact c where c.id = :id", UUID.class)
                .setParameter("id", contactId).getSingleResult());
    }
}
