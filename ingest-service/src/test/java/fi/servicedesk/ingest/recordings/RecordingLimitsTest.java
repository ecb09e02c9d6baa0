package fi.servicedesk.ingest.recordings;

import fi.servicedesk.ingest.Chats;
import fi.servicedesk.ingest.telephony.Calls;
import fi.servicedesk.ingest.api.webhooks.SignedWebhook;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The size limits, with small ones so the test need not send 200 MiB: the recording upload has its
 * own (1 MiB here), every other body another (64 KiB here).
 */
@QuarkusTest
@TestProfile(RecordingLimitsTest.SmallLimits.class)
class RecordingLimitsTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ingest.recordings.max-bytes", "1M", "ingest.webhooks.max-body-size", "64K");
        }
    }

    @Inject
    EntityManager entityManager;

    @Test
    void aDeclaredLengthOverTheLimitIs413BeforeAnyOfTheBodyIsSent() throws Exception {
        var callId = Calls.newCaller().calls();
        try (var socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            // Only the head: a server that waited for the body would time this test out.
            socket.getOutputStream().write(("PUT " + Calls.recordingPath(callId) + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: audio/wav\r\nContent-Length: " + (2 << 20) + "\r\nwebhook-id: msg_1\r\n"
                    + "webhook-timestamp: " + Instant.now().getEpochSecond() + "\r\nwebhook-signature: v1,x\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            var response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.contains("application/problem+json") && response.contains("\"title\":\"Request body too large\""), response);
        }
        assertEquals(0L, recordingsOf(callId));
    }

    @Test
    void aBodyWithoutLengthThatGrowsPastTheLimitIs413AndRollsBack() throws Exception {
        var callId = Calls.newCaller().calls();
        var response = putStreamed(callId, Wavs.pcm(1_300_000, "x"));

        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"));
        assertEquals(0L, recordingsOf(callId));
        assertEquals(0L, count("select count(*) from recording_chunk c where not exists (select 1 from recording r where r.id = c.recording_id)"));
    }

    @Test
    void aBodyWithoutLengthUnderTheLimitStreamsInWhole() throws Exception {
        var callId = Calls.newCaller().calls();
        var wav = Wavs.pcm(900_000, "x");

        var response = putStreamed(callId, wav);

        assertEquals(200, response.statusCode(), response.body());
        var contactId = Chats.contactIdOf(entityManager, callId);
        assertEquals(Wavs.sha256(wav), QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select sha256 from recording where contact_id = :id").setParameter("id", contactId)
                .getSingleResult()));
    }

    @Test
    void otherBodiesKeepTheSmallerLimit() {
        var body = "{\"type\":\"chat.message\",\"text\":\"%s\"}".formatted("a".repeat(70_000));
        SignedWebhook.chat(body).post("/webhooks/chat")
                .then().statusCode(413).contentType("application/problem+json").body("title", equalTo("Request body too large"));
    }

    @Test
    void otherBodiesWithoutLengthAreCutOffAtTheSmallerLimitToo() throws Exception {
        var conversation = "conv-" + UUID.randomUUID();
        var body = """
                {"type":"chat.message","conversationId":"%s","messageId":"m-1","sentAt":"2026-11-20T08:15:02Z",
                 "sender":{"role":"END_USER","name":"Anna"},"text":"%s"}""".formatted(conversation, "a".repeat(65_000))
                .replace("\"Anna\"}", "\"Anna\",\"padding\":\"" + "b".repeat(20_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        var response = streamed("POST", "/webhooks/chat", "application/json", SignedWebhook.CHAT_SECRET, body);

        assertEquals(413, response.statusCode(), response.body());
        assertEquals(null, Chats.contactIdOf(entityManager, conversation));
    }

    private static HttpResponse<String> putStreamed(String callId, byte[] wav) throws Exception {
        return streamed("PUT", Calls.recordingPath(callId), "audio/wav", SignedWebhook.TELEPHONY_SECRET, wav);
    }

    /** Sent as a stream of unknown length (chunked), as a platform relaying a recording would. */
    private static HttpResponse<String> streamed(String method, String path, String type, String secret, byte[] body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        SignedWebhook.headers(secret, "msg_" + UUID.randomUUID(), Instant.now(), body).forEach(request::header);
        try (var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private long recordingsOf(String callId) {
        return count("select count(*) from recording r join contact c on c.id = r.contact_id where c.external_id = '" + callId + "'");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
