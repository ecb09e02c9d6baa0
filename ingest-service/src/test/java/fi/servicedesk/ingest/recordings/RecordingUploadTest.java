package fi.servicedesk.ingest.recordings;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.ingest.Chats;
import fi.servicedesk.ingest.domain.SubjectRepository;
import fi.servicedesk.ingest.rights.AccessDocument;
import fi.servicedesk.ingest.rights.AccessExport;
import fi.servicedesk.ingest.rights.SubjectErasure;
import fi.servicedesk.ingest.telephony.Calls;
import fi.servicedesk.ingest.api.webhooks.SignedWebhook;
import fi.servicedesk.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** R5.4, R9.1, R9.2: a call's recording streamed in encrypted, streamed out audited, and every bad upload refused whole. */
@QuarkusTest
class RecordingUploadTest {

    private static final int SIX_MIB = 6 << 20;

    @Inject
    EntityManager entityManager;

    @Inject
    AccessExport accessExport;

    @Inject
    ObjectMapper json;

    @Inject
    SubjectErasure erasure;

    @Inject
    SubjectRepository subjects;

    @Test
    void aSeveralMibRecordingComesBackByteForByteAndTheReadIsAudited() throws Exception {
        var caller = Calls.newCaller();
        var callId = caller.calls();
        var wav = Wavs.pcm(SIX_MIB, "INAM " + caller.name());

        SignedWebhook.recording(wav).put(Calls.recordingPath(callId))
                .then().statusCode(200).body("duplicate", equalTo(false));

        var contactId = Chats.contactIdOf(entityManager, callId);
        var reason = "Dispute " + UUID.randomUUID();
        var downloaded = given().auth().oauth2(TestTokens.forRole("dispute-handler")).queryParam("reason", reason)
                .get("/api/v1/contacts/" + contactId + "/recording")
                .then().statusCode(200).contentType("audio/wav").header("Content-Length", String.valueOf(wav.length))
                .extract().asByteArray();
        assertEquals(Wavs.sha256(wav), Wavs.sha256(downloaded));
        assertEquals(Wavs.sha256(wav), recordingColumn(contactId, "sha256"));
        assertEquals(7L, chunksOf(contactId), "6 MiB and its headers in 1 MiB chunks");
        given().auth().oauth2(TestTokens.forRole("dpo")).queryParam("reason", reason)
                .get("/api/v1/contacts/" + contactId).then().statusCode(200).body("hasRecording", equalTo(true));
        given().auth().oauth2(TestTokens.forRole("auditor")).get("/api/v1/audit")
                .then().statusCode(200)
                .body("findAll { it.reason == '%s' }.contactId".formatted(reason), hasItem(contactId.toString()))
                .body("findAll { it.reason == '%s' }.who".formatted(reason), hasItem("dispute-handler-user"));

    }

    @Test
    void theAccessPackageHoldsTheRecordingAndErasureRemovesItWithItsChunks() throws Exception {
        var caller = Calls.newCaller();
        var callId = caller.calls();
        var wav = Wavs.pcm(1_500_000, "INAM " + caller.name());
        SignedWebhook.recording(wav).put(Calls.recordingPath(callId)).then().statusCode(200);
        var contactId = Chats.contactIdOf(entityManager, callId);
        var subjectId = subjectOf(contactId);

        var written = new java.io.ByteArrayOutputStream();
        QuarkusTransaction.requiringNew().run(() -> {
            try {
                accessExport.write(List.of(subjects.findById(subjectId)), written);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        var document = json.readValue(written.toByteArray(), AccessDocument.class);
        var recording = document.contacts().getFirst().recording();
        assertEquals("recordings/" + contactId + ".wav", recording.file());
        assertEquals(Wavs.sha256(wav), recording.sha256());
        var audio = QuarkusTransaction.requiringNew().call(() -> accessExport.recordingsOf(List.of(subjects.findById(subjectId))));
        assertEquals(recording.file(), audio.getFirst().file());
        try (var stream = audio.getFirst().audio().get()) {
            assertArrayEquals(wav, stream.readAllBytes(), "R10.1: the recording byte for byte");
        }

        var outcome = QuarkusTransaction.requiringNew().call(() -> erasure.erase(List.of(subjects.findById(subjectId)), List.of()));
        assertEquals(1L, outcome.removed().stream().filter(r -> r.category().equals("recording")).findFirst().orElseThrow().count());
        assertEquals(0L, chunksOf(contactId));
        assertEquals(0L, count("select count(*) from recording_chunk c where not exists (select 1 from recording r where r.id = c.recording_id)"));
    }

    @Test
    void aBodyWhoseSignatureIsWrongIs401AndNothingIsStored() {
        var callId = Calls.newCaller().calls();
        var wav = Wavs.pcm(2_500_000, "x");
        var chunksBefore = count("select count(*) from recording_chunk");
        var signedForOther = SignedWebhook.headers(SignedWebhook.TELEPHONY_SECRET, "msg_" + UUID.randomUUID(), Instant.now(),
                Wavs.pcm(2_500_002, "x"));

        given().headers(signedForOther).contentType("audio/wav").body(wav).put(Calls.recordingPath(callId))
                .then().statusCode(401).contentType("application/problem+json").body("title", equalTo("Invalid webhook signature"));

        assertNoRecording(callId);
        assertEquals(chunksBefore, count("select count(*) from recording_chunk"), "every chunk written rolled back");
    }

    @Test
    void aStaleTimestampIs401BeforeTheBodyIsRead() {
        var callId = Calls.newCaller().calls();
        var wav = Wavs.pcm(1000, "x");
        given().headers(SignedWebhook.headers(SignedWebhook.TELEPHONY_SECRET, "msg_" + UUID.randomUUID(),
                        Instant.now().minus(Duration.ofMinutes(6)), wav))
                .contentType("audio/wav").body(wav).put(Calls.recordingPath(callId))
                .then().statusCode(401).contentType("application/problem+json");
        assertNoRecording(callId);
    }

    @Test
    void truncatedOrInvalidAudioIs400AndNothingIsStored() {
        var callId = Calls.newCaller().calls();
        var wav = Wavs.pcm(1_200_000, "x");
        for (var bad : new byte[][]{Arrays.copyOf(wav, wav.length - 1000), "not a wav at all".getBytes(StandardCharsets.US_ASCII),
                new byte[0]}) {
            SignedWebhook.recording(bad).put(Calls.recordingPath(callId))
                    .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Invalid audio"));
        }
        assertNoRecording(callId);
    }

    @Test
    void anotherContentTypeIs415() {
        var callId = Calls.newCaller().calls();
        var body = "OggS".getBytes(StandardCharsets.US_ASCII);
        for (var type : new String[]{"audio/ogg", "application/octet-stream"}) {
            SignedWebhook.signedBytes(SignedWebhook.TELEPHONY_SECRET, "msg_" + UUID.randomUUID(), body, type).put(Calls.recordingPath(callId))
                    .then().statusCode(415).contentType("application/problem+json");
        }
        assertNoRecording(callId);
    }

    @Test
    void anMp3IsStoredAndServedAsAudioMpegAndABrokenOneIs400() {
        var callId = Calls.newCaller().calls();
        var mp3 = Wavs.concat(Mp3s.id3v2("Maija"), Mp3s.frames(2500), Mp3s.id3v1("Maija"));
        SignedWebhook.signedBytes(SignedWebhook.TELEPHONY_SECRET, "msg_" + UUID.randomUUID(),
                        Arrays.copyOf(mp3, mp3.length - 128 - 100), "audio/mpeg").put(Calls.recordingPath(callId))
                .then().statusCode(400).body("title", equalTo("Invalid audio"));
        assertNoRecording(callId);

        SignedWebhook.signedBytes(SignedWebhook.TELEPHONY_SECRET, "msg_" + UUID.randomUUID(), mp3, "audio/mpeg")
                .put(Calls.recordingPath(callId)).then().statusCode(200);

        var contactId = Chats.contactIdOf(entityManager, callId);
        var downloaded = given().auth().oauth2(TestTokens.forRole("dpo")).queryParam("reason", "mp3")
                .get("/api/v1/contacts/" + contactId + "/recording")
                .then().statusCode(200).contentType("audio/mpeg")
                .header("Content-Disposition", equalTo("attachment; filename=\"" + contactId + ".mp3\""))
                .extract().asByteArray();
        assertArrayEquals(mp3, downloaded);
    }

    @Test
    void aRecordingFollowsItsContactWhenTheAnonymousCallerTurnsOutToBeAKnownSubject() {
        var person = Chats.newPerson();
        person.says("conv-" + UUID.randomUUID(), "Hei");
        var callId = "call-" + UUID.randomUUID();
        SignedWebhook.telephony("""
                {"type":"call.completed","callId":"%s","from":"anonymous","to":"+358 9 310 1000",
                 "startedAt":"2026-11-20T09:00:00Z","endedAt":"2026-11-20T09:01:00Z"}""".formatted(callId))
                .post("/webhooks/telephony").then().statusCode(200);
        var wav = Wavs.pcm(2_200_000, "x");
        SignedWebhook.recording(wav).put(Calls.recordingPath(callId)).then().statusCode(200);
        var contactId = Chats.contactIdOf(entityManager, callId);
        var anonymous = subjectOf(contactId);

        // The platform reports the call again, now knowing the caller: the contact moves to the known subject.
        SignedWebhook.telephony("""
                {"type":"call.completed","callId":"%s","from":"%s","to":"+358 9 310 1000",
                 "startedAt":"2026-11-20T09:00:00Z","endedAt":"2026-11-20T09:01:00Z","caller":{"email":"%s"}}"""
                        .formatted(callId, person.phone(), person.email()))
                .post("/webhooks/telephony").then().statusCode(200);

        assertNotEquals(anonymous, subjectOf(contactId));
        var downloaded = given().auth().oauth2(TestTokens.forRole("dpo")).queryParam("reason", "moved")
                .get("/api/v1/contacts/" + contactId + "/recording").then().statusCode(200).extract().asByteArray();
        assertEquals(Wavs.sha256(wav), Wavs.sha256(downloaded), "re-encrypted under the known subject's key before the placeholder's was shredded");
    }

    @Test
    void anUnknownCallIs404() {
        var callId = "call-" + UUID.randomUUID();
        SignedWebhook.recording(Wavs.pcm(2_000_000, "x")).put(Calls.recordingPath(callId))
                .then().statusCode(404).contentType("application/problem+json").body("title", equalTo("Unknown call"));
        assertEquals(0L, count("select count(*) from contact where external_id = '" + callId + "'"));
    }

    @Test
    void aSecondRecordingOfTheCallIs409AndTheFirstStaysAsItWas() {
        var callId = Calls.newCaller().calls();
        var first = Wavs.pcm(10_000, "first");
        SignedWebhook.recording(first).put(Calls.recordingPath(callId)).then().statusCode(200);

        SignedWebhook.recording(Wavs.pcm(20_000, "second")).put(Calls.recordingPath(callId))
                .then().statusCode(409).contentType("application/problem+json").body("title", equalTo("Recording already stored"));

        var contactId = Chats.contactIdOf(entityManager, callId);
        assertEquals(Wavs.sha256(first), recordingColumn(contactId, "sha256"));
        assertEquals(1L, chunksOf(contactId));
    }

    @Test
    void aRepeatedWebhookIdAnswers2xxAndStoresNothingNew() {
        var callId = Calls.newCaller().calls();
        var wav = Wavs.pcm(10_000, "x");
        var id = "msg_" + UUID.randomUUID();
        SignedWebhook.signedBytes(SignedWebhook.TELEPHONY_SECRET, id, wav, "audio/wav").put(Calls.recordingPath(callId))
                .then().statusCode(200).body("duplicate", equalTo(false));
        SignedWebhook.signedBytes(SignedWebhook.TELEPHONY_SECRET, id, wav, "audio/wav").put(Calls.recordingPath(callId))
                .then().statusCode(200).body("duplicate", equalTo(true));
        assertEquals(1L, count("select count(*) from recording r join contact c on c.id = r.contact_id where c.external_id = '" + callId + "'"));
    }

    @Test
    void downloadNeedsAReasonARoleAndARecording() {
        var callId = Calls.newCaller().calls();
        var contactId = Chats.contactIdOf(entityManager, callId);
        var path = "/api/v1/contacts/" + contactId + "/recording";
        given().auth().oauth2(TestTokens.forRole("dispute-handler")).get(path)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("dispute-handler")).queryParam("reason", "x").get(path)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("bot-developer")).queryParam("reason", "x").get(path)
                .then().statusCode(403);
        given().queryParam("reason", "x").get(path).then().statusCode(401);
    }

    private void assertNoRecording(String callId) {
        assertEquals(0L, count("select count(*) from recording r join contact c on c.id = r.contact_id where c.external_id = '" + callId + "'"));
    }

    private long chunksOf(UUID contactId) {
        return count("select count(*) from recording_chunk k join recording r on r.id = k.recording_id where r.contact_id = '" + contactId + "'");
    }

    private String recordingColumn(UUID contactId, String column) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select " + column + " from recording where contact_id = :id")
                .setParameter("id", contactId).getSingleResult());
    }

    private UUID subjectOf(UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select c.subjectId from Contact c where c.id = :id", UUID.class)
                .setParameter("id", contactId).getSingleResult());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

}
