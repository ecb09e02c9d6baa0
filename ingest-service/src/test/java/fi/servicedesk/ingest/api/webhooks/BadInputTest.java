package fi.servicedesk.ingest.api.webhooks;

import fi.servicedesk.ingest.recordings.Wavs;
import fi.servicedesk.ingest.telephony.Calls;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #3 "Bad input" (R6.1): every kind of bad request at each webhook gets its problem response
 * with the status that fits, stores nothing at all (every table of the register, and no outbox row
 * ever written), and is counted once in {@code ingest_webhooks_rejected_total} under its source and reason.
 */
@QuarkusTest
@TestProfile(BadInputProfile.class)
class BadInputTest {

    private static final String CHAT = "/webhooks/chat";
    private static final String TELEPHONY = "/webhooks/telephony";
    private static final String TRANSCRIPTION = "/webhooks/transcription";
    private static final String OVER_64_KIB = "a".repeat(65_537);

    @Inject
    EntityManager entityManager;

    /** What came back, whichever client sent it. */
    record Answer(int status, String contentType, String body) {
        static Answer of(Response response) {
            return new Answer(response.statusCode(), response.contentType(), response.asString());
        }

        String title() {
            return JsonPath.from(body).getString("title");
        }
    }

    @Test
    void badChatWebhooksAreProblemsThatStoreNothingAndAreCounted() {
        var message = chatMessage("conv-" + UUID.randomUUID(), "Hei");
        refused("chat", 401, "Invalid webhook signature", "invalid-webhook-signature",
                () -> given().contentType("application/json").body(message).post(CHAT));
        refused("chat", 401, "Invalid webhook signature", "invalid-webhook-signature",
                () -> SignedWebhook.signed(SignedWebhook.TELEPHONY_SECRET, id(), Instant.now(), message).post(CHAT));
        refused("chat", 401, "Invalid webhook signature", "invalid-webhook-signature",
                () -> SignedWebhook.signed(SignedWebhook.CHAT_SECRET, id(), Instant.now().minus(Duration.ofMinutes(6)), message).post(CHAT));
        refused("chat", 400, "Malformed JSON", "malformed-json",
                () -> SignedWebhook.chat(message.substring(0, message.length() / 2)).post(CHAT));
        refused("chat", 400, "Malformed JSON", "malformed-json",
                () -> SignedWebhook.chat(message.replace("chat.message", "chat.typing")).post(CHAT));
        refused("chat", 400, "Malformed JSON", "malformed-json",
                () -> SignedWebhook.chat(message.replace("2026-11-20T08:15:02Z", "yesterday")).post(CHAT));
        refused("chat", 400, "Malformed JSON", "malformed-json",
                () -> SignedWebhook.chat("").post(CHAT));
        refused("chat", 400, "Invalid request", "invalid-request",
                () -> SignedWebhook.chat(message.replace("\"messageId\"", "\"messageNumber\"")).post(CHAT));
        refused("chat", 400, "Invalid request", "invalid-request",
                () -> SignedWebhook.chat(message.replace("\"text\":\"Hei\"", "\"text\":\"" + OVER_64_KIB + "\"")).post(CHAT));
        refused("chat", 415, "Unsupported Media Type", "unsupported-media-type",
                () -> SignedWebhook.chat(message).contentType("text/plain").post(CHAT));
    }

    @Test
    void badTelephonyWebhooksAreProblemsThatStoreNothingAndAreCounted() {
        var caller = Calls.newCaller();
        var completed = caller.completed("call-" + UUID.randomUUID());
        refused("telephony", 401, "Invalid webhook signature", "invalid-webhook-signature",
                () -> given().contentType("application/json").body(completed).post(TELEPHONY));
        refused("telephony", 401, "Invalid webhook signature", "invalid-webhook-signature",
                () -> SignedWebhook.signed(SignedWebhook.CHAT_SECRET, id(), Instant.now(), completed).post(TELEPHONY));
        refused("telephony", 401, "Invalid webhook signature", "invalid-webhook-signature",
                () -> SignedWebhook.signed(SignedWebhook.TELEPHONY_SECRET, id(), Instant.now().minus(Duration.ofMinutes(6)), completed)
                        .post(TELEPHONY));
        refused("telephony", 400, "Malformed JSON", "malformed-json",
                () -> SignedWebhook.telephony(completed.substring(0, 40)).post(TELEPHONY));
        refused("telephony", 400, "Malformed JSON", "malformed-json",
                () -> SignedWebhook.telephony(completed.replace("call.completed", "call.transferred")).post(TELEPHONY));
        refused("telephony", 400, "Invalid request", "invalid-request",
                () -> SignedWebhook.telephony(completed.replace("\"from\"", "\"fromNumber\"")).post(TELEPHONY));

        var known = caller.calls();
        refused("telephony", 400, "Malformed JSON", "malformed-json",
                () -> SignedWebhook.telephony(transcript(known, segment("CALLER", "\"soon\"", "Hei"))).post(TELEPHONY));
        refused("telephony", 400, "Malformed JSON", "malformed-json",
                () -> SignedWebhook.telephony(transcript(known, segment("CUSTOMER", "0", "Hei"))).post(TELEPHONY));
        refused("telephony", 400, "Invalid request", "invalid-request",
                () -> SignedWebhook.telephony(transcript(known, segment("CALLER", "0", OVER_64_KIB))).post(TELEPHONY));
        refused("telephony", 400, "Invalid request", "invalid-request",
                () -> SignedWebhook.telephony(transcript(known, "")).post(TELEPHONY));
        refused("telephony", 404, "Unknown call", "unknown-call",
                () -> SignedWebhook.telephony(transcript("call-" + UUID.randomUUID(), segment("CALLER", "0", "Hei"))).post(TELEPHONY));
        refused("telephony", 415, "Unsupported Media Type", "unsupported-media-type",
                () -> SignedWebhook.telephony(completed).contentType("application/xml").post(TELEPHONY));
    }

    @Test
    void badRecordingUploadsAreProblemsThatStoreNothingAndAreCounted() {
        var callId = Calls.newCaller().calls();
        var path = Calls.recordingPath(callId);
        var wav = Wavs.pcm(20_000, "x");
        refused("telephony", 401, "Invalid webhook signature", "invalid-webhook-signature",
                () -> given().contentType("audio/wav").body(wav).put(path));
        refused("telephony", 401, "Invalid webhook signature", "invalid-webhook-signature",
                () -> SignedWebhook.signedBytes(SignedWebhook.CHAT_SECRET, id(), wav, "audio/wav").put(path));
        refused("telephony", 400, "Invalid audio", "invalid-audio",
                () -> SignedWebhook.recording(Arrays.copyOf(wav, wav.length - 1_000)).put(path));
        refused("telephony", 400, "Invalid audio", "invalid-audio",
                () -> SignedWebhook.recording("not a wav at all".getBytes(StandardCharsets.US_ASCII)).put(path));
        refused("telephony", 415, "Unsupported Media Type", "unsupported-media-type",
                () -> SignedWebhook.signedBytes(SignedWebhook.TELEPHONY_SECRET, id(), wav, "audio/ogg").put(path));
        refused("telephony", 404, "Unknown call", "unknown-call",
                () -> SignedWebhook.recording(wav).put(Calls.recordingPath("call-" + UUID.randomUUID())));
        // Over the limit: declared (refused before Quarkus REST sees it) and streamed without a length.
        var tooLarge = Wavs.pcm(BadInputProfile.RECORDING_LIMIT + 10_000, "x");
        refused("telephony", 413, "Request body too large", "request-body-too-large",
                () -> declaredOnly("PUT", path, "audio/wav", tooLarge.length));
        refused("telephony", 413, "Request body too large", "request-body-too-large",
                () -> streamed("PUT", path, "audio/wav", SignedWebhook.TELEPHONY_SECRET, tooLarge));

        SignedWebhook.recording(wav).put(path).then().statusCode(200);
        refused("telephony", 409, "Recording already stored", "recording-already-stored",
                () -> SignedWebhook.recording(Wavs.pcm(30_000, "y")).put(path));
    }

    @Test
    void badTranscriptionCallbacksAreProblemsThatStoreNothingAndAreCounted() {
        var token = BadInputProfile.newJobToken(entityManager);
        var result = callback(token, segment("CALLER", "0", "Hei"));
        refused("transcription", 401, "Invalid webhook signature", "invalid-webhook-signature",
                () -> given().contentType("application/json").body(result).post(TRANSCRIPTION));
        refused("transcription", 401, "Invalid webhook signature", "invalid-webhook-signature",
                () -> SignedWebhook.signed(SignedWebhook.TELEPHONY_SECRET, id(), Instant.now(), result).post(TRANSCRIPTION));
        refused("transcription", 401, "Invalid webhook signature", "invalid-webhook-signature",
                () -> transcription(result, Instant.now().minus(Duration.ofMinutes(6))));
        refused("transcription", 400, "Malformed JSON", "malformed-json",
                () -> transcription(result.substring(0, result.length() - 3), Instant.now()));
        refused("transcription", 400, "Malformed JSON", "malformed-json",
                () -> transcription(callback(token, segment("NOBODY", "0", "Hei")), Instant.now()));
        refused("transcription", 400, "Malformed JSON", "malformed-json",
                () -> transcription("{\"jobToken\":\"" + token + "\",\"segments\":{\"speaker\":\"CALLER\"}}", Instant.now()));
        refused("transcription", 400, "Invalid request", "invalid-request",
                () -> transcription("{\"jobToken\":\"" + token + "\"}", Instant.now()));
        refused("transcription", 400, "Invalid request", "invalid-request",
                () -> transcription(callback(token, segment("CALLER", "0", OVER_64_KIB)), Instant.now()));
        refused("transcription", 404, "Not found", "not-found",
                () -> transcription(callback("no-such-token", segment("CALLER", "0", "Hei")), Instant.now()));
        refused("transcription", 415, "Unsupported Media Type", "unsupported-media-type",
                () -> SignedWebhook.signed(SignedWebhook.TRANSCRIPTION_SECRET, id(), Instant.now(), result).contentType("text/plain")
                        .post(TRANSCRIPTION));

        transcription(result, Instant.now()).then().statusCode(200);
        refused("transcription", 409, "Conflict", "conflict",
                () -> transcription(callback(token, segment("AGENT", "5", "Toinen")), Instant.now()));
    }

    @Test
    void aBodyOverItsLimitIsRefusedAndCountedWhetherDeclaredOrStreamed() {
        var body = chatMessage("conv-" + UUID.randomUUID(), "b".repeat(BadInputProfile.BODY_LIMIT));
        refused("chat", 413, "Request body too large", "request-body-too-large",
                () -> declaredOnly("POST", CHAT, "application/json", body.length()));
        // Quarkus REST cuts a streamed body off itself, with a bare 413 that carries no problem body.
        var before = StoredRows.count(entityManager);
        var counted = RejectionMetric.value("chat", "request-body-too-large", 413);
        var answer = streamed("POST", CHAT, "application/json", SignedWebhook.CHAT_SECRET, body.getBytes(StandardCharsets.UTF_8));
        assertEquals(413, answer.status(), answer.body());
        assertEquals(before, StoredRows.count(entityManager));
        assertEquals(counted + 1, RejectionMetric.value("chat", "request-body-too-large", 413));
    }

    /** A replay under the same webhook-id is the same delivery again: 2xx, nothing new, whatever its body now says. */
    @Test
    void aReplayedWebhookIdWithADifferentBodyIsADuplicateThatStoresNothing() {
        var webhookId = id();
        var conversation = "conv-" + UUID.randomUUID();
        SignedWebhook.signed(SignedWebhook.CHAT_SECRET, webhookId, Instant.now(), chatMessage(conversation, "Hei"))
                .post(CHAT).then().statusCode(200);
        var caller = Calls.newCaller();
        var callId = caller.calls();
        var telephonyId = id();
        SignedWebhook.signed(SignedWebhook.TELEPHONY_SECRET, telephonyId, Instant.now(), transcript(callId, segment("CALLER", "0", "Hei")))
                .post(TELEPHONY).then().statusCode(200);

        var before = StoredRows.count(entityManager);
        SignedWebhook.signed(SignedWebhook.CHAT_SECRET, webhookId, Instant.now(), chatMessage("conv-" + UUID.randomUUID(), "Toinen"))
                .post(CHAT).then().statusCode(200).body("duplicate", org.hamcrest.Matchers.equalTo(true));
        SignedWebhook.signed(SignedWebhook.TELEPHONY_SECRET, telephonyId, Instant.now(), caller.completed("call-" + UUID.randomUUID()))
                .post(TELEPHONY).then().statusCode(200).body("duplicate", org.hamcrest.Matchers.equalTo(true));
        // The recording upload shares the telephony platform's id space: the body is not even read.
        given().headers(SignedWebhook.headers(SignedWebhook.TELEPHONY_SECRET, telephonyId, Instant.now(), Wavs.pcm(2_000, "x")))
                .contentType("audio/wav").body(Wavs.pcm(2_000, "x")).put(Calls.recordingPath(callId))
                .then().statusCode(200).body("duplicate", org.hamcrest.Matchers.equalTo(true));

        assertEquals(before, StoredRows.count(entityManager));
    }

    /** Sends one bad request and checks its answer, that nothing was stored, and that it was counted once. */
    private void refused(String source, int status, String title, String reason, Supplier<Object> send) {
        var before = StoredRows.count(entityManager);
        var counted = RejectionMetric.value(source, reason, status);

        var sent = send.get();
        var answer = sent instanceof Response response ? Answer.of(response) : (Answer) sent;

        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertEquals(title, answer.title(), answer.body());
        assertEquals(before, StoredRows.count(entityManager), "nothing stored by a " + status + " " + title);
        assertEquals(counted + 1, RejectionMetric.value(source, reason, status), "counted once as " + source + "/" + reason);
    }

    private static Response transcription(String body, Instant at) {
        return SignedWebhook.signed(SignedWebhook.TRANSCRIPTION_SECRET, id(), at, body).post(TRANSCRIPTION);
    }

    /** Only the head of a request whose declared body is over the limit: the answer must come before any body. */
    private static Answer declaredOnly(String method, String path, String type, int length) {
        try (var socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type
                    + "\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            var response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            var head = response.substring(0, response.indexOf("\r\n\r\n"));
            var contentType = head.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring("content-type:".length()).trim()).findFirst().orElse("");
            return new Answer(Integer.parseInt(head.substring(9, 12)), contentType, response.substring(head.length() + 4));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Sent as a stream of unknown length (chunked), signed like any other. */
    private static Answer streamed(String method, String path, String type, String secret, byte[] body) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        SignedWebhook.headers(secret, id(), Instant.now(), body).forEach(request::header);
        try (var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("content-type").orElse(""), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String id() {
        return "msg_" + UUID.randomUUID();
    }

    static String chatMessage(String conversation, String text) {
        return """
                {"type":"chat.message","conversationId":"%s","messageId":"m-%s","sentAt":"2026-11-20T08:15:02Z",
                 "sender":{"role":"END_USER","name":"Anna Testi","email":"anna@example.com"},"text":"%s"}"""
                .formatted(conversation, UUID.randomUUID(), text);
    }

    static String transcript(String callId, String segments) {
        return """
                {"type":"transcript.completed","callId":"%s","language":"fi","segments":[%s]}""".formatted(callId, segments);
    }

    static String callback(String token, String segments) {
        return """
                {"jobToken":"%s","language":"fi","segments":[%s]}""".formatted(token, segments);
    }

    static String segment(String speaker, String startMs, String text) {
        return """
                {"speaker":"%s","startMs":%s,"endMs":9000,"text":"%s"}""".formatted(speaker, startMs, text);
    }
}
