package fi.servicedesk.ingest.transcription;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.ingest.events.MessageCaptured;
import fi.servicedesk.ingest.events.Topics;
import fi.servicedesk.ingest.api.webhooks.SignedWebhook;
import fi.servicedesk.testsupport.ContractCatalog;
import fi.servicedesk.testsupport.KafkaTestClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * R7.1, R7.4 end to end: a recorded call goes to a real HTTP server standing in for the
 * subcontractor, stripped of its metadata and under a random token alone; the transfer is logged;
 * the signed callback stores the transcript and announces it to redaction.
 */
@QuarkusTest
@TestProfile(TranscriptionHandOffTest.WithSubcontractor.class)
class TranscriptionHandOffTest {

    static final String SECRET = "whsec_dHJhbnNjcmlwdGlvbi10ZXN0LXNlY3JldC0xMjM0";

    @Inject
    EntityManager entityManager;

    @Inject
    TranscriptionDispatcher dispatcher;

    @Inject
    MeterRegistry metrics;

    @Test
    void recordingLeavesStrippedUnderItsTokenAloneAndTheTransferIsLogged() {
        var call = RecordedCall.newCall();
        var samples = AudioFixtures.random(16001, 11);
        call.uploads(call.wavNamingTheCaller(samples));
        var contactId = call.contactId(entityManager);
        var job = RecordedCall.jobsOf(entityManager, contactId).getFirst();

        dispatcher.dispatchDue();

        var received = FakeSubcontractor.receivedFor(job.token);
        assertEquals(1, received.size());
        var request = received.getFirst();
        assertEquals("PUT", request.method());
        assertEquals("/stt/v1/jobs/" + job.token, request.uri(), "the token alone names the job");
        assertArrayEquals(AudioFixtures.riff(AudioFixtures.fmt(), AudioFixtures.chunk("data", samples)), request.body(),
                "fmt and data only, the audio byte for byte (R7.4)");
        assertEquals(request.body().length - 8, ByteBuffer.wrap(request.body()).order(ByteOrder.LITTLE_ENDIAN).getInt(4));
        assertEquals("audio/wav", request.header("Content-Type"));
        assertEquals(String.valueOf(request.body().length), request.header("Content-Length"));
        assertEquals("Bearer " + FakeSubcontractor.BEARER_TOKEN, request.header("Authorization"));
        var everything = request.everything();
        for (var identifier : call.identifiers()) {
            assertFalse(everything.contains(identifier), "'" + identifier + "' must not leave (R7.4)");
        }
        for (var ours : List.of(contactId.toString(), job.id.toString(), job.recordingId.toString())) {
            assertFalse(everything.contains(ours), "our own ids do not leave either");
        }

        assertEquals(TranscriptionJob.State.SENT, RecordedCall.jobsOf(entityManager, contactId).getFirst().state);
        var log = transferLogOf(contactId);
        assertEquals(1, log.size(), "one transfer, logged (R7.1)");
        assertEquals("Example Speech Ltd (test)", log.getFirst()[0]);
        assertTrue(((String) log.getFirst()[1]).contains(job.token) && ((String) log.getFirst()[1]).contains("metadata removed"));
        assertEquals("A", log.getFirst()[2]);
        assertEquals(subjectOf(contactId), log.getFirst()[3], "logged against the subject, for access requests");
    }

    @Test
    void anMp3LeavesAsItsFramesAloneWithoutItsTags() {
        var call = RecordedCall.newCall();
        var frames = AudioFixtures.mp3Frames(30);
        call.uploadsMp3(call.mp3NamingTheCaller(frames));
        var job = RecordedCall.jobsOf(entityManager, call.contactId(entityManager)).getFirst();

        dispatcher.dispatchDue();

        var request = FakeSubcontractor.receivedFor(job.token).getFirst();
        assertArrayEquals(frames, request.body(), "the MPEG frames, byte for byte, and no tag (R7.4)");
        assertEquals("audio/mpeg", request.header("Content-Type"));
        for (var identifier : call.identifiers()) {
            assertFalse(request.everything().contains(identifier), "'" + identifier + "' must not leave (R7.4)");
        }
    }

    @Test
    void callbackStoresTheSegmentsInSpokenOrderAndAnnouncesThemOnce() {
        var call = RecordedCall.newCall();
        call.uploads(call.wavNamingTheCaller(AudioFixtures.random(800, 12)));
        var contactId = call.contactId(entityManager);
        var token = RecordedCall.jobsOf(entityManager, contactId).getFirst().token;
        dispatcher.dispatchDue();
        var webhookId = "msg_" + UUID.randomUUID();
        var body = """
                {"jobToken":"%s","language":"fi","segments":[
                  {"speaker":"AGENT","startMs":4000,"endMs":6000,"text":"Selvä, katsotaan."},
                  {"speaker":"CALLER","startMs":0,"endMs":3500,"text":"Hei, VPN ei toimi."},
                  {"speaker":"CALLER","startMs":6500,"endMs":9000,"text":"Kiitos!","words":[{"w":"Kiitos!","startMs":6500,"endMs":9000}]}]}"""
                .formatted(token);

        SignedWebhook.signed(SECRET, webhookId, Instant.now(), body).post("/webhooks/transcription")
                .then().statusCode(200).body("duplicate", equalTo(false));

        var captured = KafkaTestClient.await(Topics.INTERACTIONS, r -> contactId.toString().equals(r.key())
                && MessageCaptured.TYPE.equals(KafkaTestClient.header(r, "ce_type")), 3, Duration.ofSeconds(20));
        assertEquals(3, captured.size());
        captured.forEach(r -> ContractCatalog.assertValid(MessageCaptured.TYPE, r.value()));
        var texts = captured.stream().map(r -> json(r.value()))
                .sorted(Comparator.comparingInt(event -> event.get("sequence").asInt()))
                .map(event -> event.get("text").asText()).toList();
        assertEquals(List.of("Hei, VPN ei toimi.", "Selvä, katsotaan.", "Kiitos!"), texts, "in spoken order (R5.5)");
        assertEquals(TranscriptionJob.State.COMPLETED, RecordedCall.jobsOf(entityManager, contactId).getFirst().state);

        SignedWebhook.signed(SECRET, webhookId, Instant.now(), body).post("/webhooks/transcription")
                .then().statusCode(200).body("duplicate", equalTo(true));
        SignedWebhook.signed(SECRET, "msg_" + UUID.randomUUID(), Instant.now(), body).post("/webhooks/transcription")
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(3L, messagesOf(contactId), "neither a redelivery nor a second result adds messages");
    }

    @Test
    void failingSubcontractorIsRetriedWithBackoffUntilTheJobFails() {
        var call = RecordedCall.newCall();
        call.uploads(call.wavNamingTheCaller(AudioFixtures.random(400, 13)));
        var contactId = call.contactId(entityManager);
        var token = RecordedCall.jobsOf(entityManager, contactId).getFirst().token;
        FakeSubcontractor.answer(token, 503);
        double failedBefore = failedJobs();

        dispatcher.dispatchDue();
        var afterFirst = RecordedCall.jobsOf(entityManager, contactId).getFirst();
        assertEquals(TranscriptionJob.State.PENDING, afterFirst.state);
        assertEquals(1, afterFirst.attempts);
        assertEquals("HTTP 503", afterFirst.lastError);
        assertTrue(afterFirst.nextAttemptAt.isAfter(Instant.now()), "not retried at once: it backs off");
        dispatcher.dispatchDue();
        assertEquals(1, FakeSubcontractor.receivedFor(token).size(), "nothing before the backoff has passed");

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            dispatcher.dispatchDue();
            return RecordedCall.jobsOf(entityManager, contactId).getFirst().state == TranscriptionJob.State.FAILED;
        });

        assertEquals(3, RecordedCall.jobsOf(entityManager, contactId).getFirst().attempts);
        assertEquals(3, FakeSubcontractor.receivedFor(token).size(), "max-attempts, then no more");
        assertEquals(failedBefore + 1, failedJobs(), "counted in ingest.transcription.jobs.failed");
        assertEquals(3, transferLogOf(contactId).size(), "each attempt reached the recipient, so each is logged (R7.1)");
    }

    @Test
    void aJobGoesWithItsRecordingSoALateCallbackFindsNothingToStore() {
        var call = RecordedCall.newCall();
        call.uploads(call.wavNamingTheCaller(AudioFixtures.random(300, 16)));
        var contactId = call.contactId(entityManager);
        var job = RecordedCall.jobsOf(entityManager, contactId).getFirst();
        dispatcher.dispatchDue();

        // What a retention sweep (R8.3) or an erasure (R10.3) does to the recording's row.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from recording where id = :id")
                .setParameter("id", job.recordingId).executeUpdate());

        assertTrue(RecordedCall.jobsOf(entityManager, contactId).isEmpty(), "the token no longer leads to the call");
        SignedWebhook.signed(SECRET, "msg_" + UUID.randomUUID(), Instant.now(), """
                        {"jobToken":"%s","segments":[{"speaker":"CALLER","startMs":0,"endMs":1,"text":"Hei"}]}""".formatted(job.token))
                .post("/webhooks/transcription")
                .then().statusCode(404);
        assertEquals(0L, messagesOf(contactId));
    }

    @Test
    void callbackWithAnUnknownTokenIsNotFoundAndStoresNothing() {
        long messagesBefore = rows("select count(*) from message");
        var webhookId = "msg_" + UUID.randomUUID();
        SignedWebhook.signed(SECRET, webhookId, Instant.now(), """
                        {"jobToken":"no-such-token","segments":[{"speaker":"CALLER","startMs":0,"endMs":1,"text":"x"}]}""")
                .post("/webhooks/transcription")
                .then().statusCode(404).contentType("application/problem+json");

        assertEquals(messagesBefore, rows("select count(*) from message"), "no message stored");
        assertEquals(0L, rows("select count(*) from webhook_receipt where webhook_id = '" + webhookId + "'"),
                "no receipt either, so the subcontractor's retry is not taken for a duplicate");
    }

    @Test
    void malformedOrIncompleteCallbacksAreBadRequestsAndStoreNothing() {
        var call = RecordedCall.newCall();
        call.uploads(call.wavNamingTheCaller(AudioFixtures.random(200, 14)));
        var contactId = call.contactId(entityManager);
        var token = RecordedCall.jobsOf(entityManager, contactId).getFirst().token;

        for (var body : List.of(
                "{\"jobToken\":\"" + token + "\",",
                "{\"jobToken\":\"" + token + "\"}",
                "{\"segments\":[]}",
                "{\"jobToken\":\"" + token + "\",\"segments\":[{\"speaker\":\"CALLER\",\"startMs\":0,\"endMs\":1}]}",
                "{\"jobToken\":\"" + token + "\",\"segments\":[{\"speaker\":\"NOBODY\",\"startMs\":0,\"endMs\":1,\"text\":\"x\"}]}")) {
            SignedWebhook.signed(SECRET, "msg_" + UUID.randomUUID(), Instant.now(), body).post("/webhooks/transcription")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        SignedWebhook.signed(SignedWebhook.TELEPHONY_SECRET, "msg_" + UUID.randomUUID(), Instant.now(),
                        "{\"jobToken\":\"" + token + "\",\"segments\":[]}")
                .post("/webhooks/transcription")
                .then().statusCode(401);

        assertEquals(0L, messagesOf(contactId));
        assertTrue(RecordedCall.jobsOf(entityManager, contactId).getFirst().state != TranscriptionJob.State.COMPLETED);
    }

    private static JsonNode json(String value) {
        try {
            return new ObjectMapper().readTree(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private double failedJobs() {
        return metrics.counter("ingest.transcription.jobs.failed").count();
    }

    private long messagesOf(UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(m) from Message m where m.contactId = :c", Long.class)
                .setParameter("c", contactId).getSingleResult());
    }

    private long rows(String countQuery) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(countQuery).getSingleResult()).longValue());
    }

    private UUID subjectOf(UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select c.subjectId from Contact c where c.id = :c", UUID.class)
                .setParameter("c", contactId).getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> transferLogOf(UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select recipient, what, purpose, subject_id from transfer_log where contact_id = :c order by at")
                .setParameter("c", contactId).getResultList());
    }

    public static class WithSubcontractor implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeSubcontractor.class));
        }
    }
}
