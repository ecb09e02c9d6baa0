package fi.servicedesk.ingest.api.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.servicedesk.ingest.events.MessageCaptured;
import fi.servicedesk.ingest.events.Topics;
import fi.servicedesk.ingest.recordings.Wavs;
import fi.servicedesk.ingest.telephony.Calls;
import fi.servicedesk.testsupport.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #3 "Bad input": thousands of correctly signed random bodies at the webhooks — mutations of
 * valid ones and plain junk — never get a 5xx, and leave the register consistent: a receipt for each
 * delivery accepted and none other, no contact without its subject, no message without its contact,
 * no gap in a contact's messages, no recording whose chunks do not add up to it, and exactly one
 * message-captured event for each message stored (so no outbox row without its effect).
 * {@code -Dfuzz.seed=…} replays a run; {@code -Dfuzz.requests=…} changes its length (3,000).
 */
@QuarkusTest
@TestProfile(BadInputProfile.class)
class WebhookFuzzTest {

    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 3_000);
    /** An AES-GCM chunk is its plaintext, a 12-byte nonce and a 16-byte tag. */
    private static final int CHUNK_OVERHEAD = 28;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private int accepted;
    private int refused;
    private final List<String> serverErrors = new ArrayList<>();

    @Test
    void randomSignedBodiesNeverGetA5xxAndLeaveTheRegisterConsistent() throws Exception {
        long seed = Long.getLong("fuzz.seed", new Random().nextLong());
        System.out.println("WebhookFuzzTest: -Dfuzz.seed=" + seed + " -Dfuzz.requests=" + REQUESTS);
        var random = new Random(seed);
        var mutator = new JsonMutator(random);
        var run = "fz-" + Long.toHexString(seed) + "-" + UUID.randomUUID().toString().substring(0, 4);
        // Events of earlier tests still in the outbox would look like ours on the topic.
        await().atMost(Duration.ofSeconds(60)).until(() -> number("select count(*) from outbox") == 0);
        var startedAt = Instant.now();
        var tokens = List.of(BadInputProfile.newJobToken(entityManager), BadInputProfile.newJobToken(entityManager),
                BadInputProfile.newJobToken(entityManager));
        var calls = List.of(Calls.newCaller().calls(), Calls.newCaller().calls(), Calls.newCaller().calls(), run + "-nocall");
        double countedBefore = RejectionMetric.total();
        var ids = new ArrayList<String>();

        for (int i = 0; i < REQUESTS; i++) {
            // One in twenty reuses an earlier webhook-id with a new body: a replay, or a retry after a refusal.
            var id = !ids.isEmpty() && random.nextInt(20) == 0 ? ids.get(random.nextInt(ids.size())) : run + "-" + i;
            ids.add(id);
            int target = random.nextInt(20);
            if (target < 2) {
                var callId = calls.get(random.nextInt(calls.size()));
                send(i, "PUT", Calls.recordingPath(callId), audioType(random), SignedWebhook.TELEPHONY_SECRET, id, audio(random));
            } else if (target < 9) {
                send(i, "POST", "/webhooks/chat", "application/json", SignedWebhook.CHAT_SECRET, id, mutator.mutate(chat(random, run)));
            } else if (target < 16) {
                send(i, "POST", "/webhooks/telephony", "application/json", SignedWebhook.TELEPHONY_SECRET, id,
                        mutator.mutate(telephony(random, run, calls)));
            } else {
                send(i, "POST", "/webhooks/transcription", "application/json", SignedWebhook.TRANSCRIPTION_SECRET, id,
                        mutator.mutate(transcription(random, tokens)));
            }
        }

        assertTrue(serverErrors.isEmpty(), "seed " + seed + ": " + serverErrors.size() + " answers were 5xx, e.g.\n"
                + String.join("\n", serverErrors.subList(0, Math.min(10, serverErrors.size()))));
        System.out.printf("WebhookFuzzTest: %d requests, %d accepted, %d refused, %d duplicates%n",
                REQUESTS, accepted, refused, REQUESTS - accepted - refused);
        assertEquals(accepted, number("select count(*) from webhook_receipt where webhook_id like '" + run + "-%'"),
                "a receipt for every delivery accepted, and for no other");
        assertEquals(countedBefore + refused, RejectionMetric.total(), "every refusal counted once");
        assertEquals(0, number("select count(*) from contact c where not exists (select 1 from subject s where s.id = c.subject_id)"));
        assertEquals(0, number("select count(*) from message m where not exists (select 1 from contact c where c.id = m.contact_id)"));
        assertEquals(0, number("select count(*) from (select contact_id from message group by contact_id"
                + " having count(*) <> max(seq) - min(seq) + 1) gaps"), "a contact's messages without gaps");
        assertEquals(0, number("select count(*) from recording r where r.bytes <> coalesce((select sum(octet_length(c.data_enc) - "
                + CHUNK_OVERHEAD + ") from recording_chunk c where c.recording_id = r.id), -1)"), "every recording its chunks, whole");
        assertEveryMessageAnnouncedOnce(startedAt);
    }

    private void send(int index, String method, String path, String type, String secret, String id, byte[] body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        SignedWebhook.headers(secret, id, Instant.now(), body).forEach(request::header);
        HttpResponse<String> response;
        try {
            response = send(method, request.build());
        } catch (IOException e) {
            // A body refused before it is read whole (an upload of the wrong type, a body over the
            // limit) is answered and its connection closed while the client still writes; the client
            // may see the broken pipe before the answer. Only a refusal closes early, and the refusal
            // metric must have counted it (asserted below), so a request the server dropped still fails.
            refused++;
            return;
        }
        int status = response.statusCode();
        if (status >= 500) {
            serverErrors.add("#" + index + " " + method + " " + path + " → " + status + " " + response.body()
                    + "\n    sent: " + new String(body, 0, Math.min(body.length, 300), java.nio.charset.StandardCharsets.UTF_8));
        } else if (status >= 400) {
            refused++;
        } else if (!JSON.readTree(response.body()).path("duplicate").asBoolean()) {
            accepted++;
        }
    }

    /**
     * A recording refused before its body is read (wrong type, unknown call, a replayed id…) gets its
     * answer and then its connection closed, with the rest of the body unread; a pooled connection
     * would carry the next request into that close. So each upload has a connection of its own.
     */
    private HttpResponse<String> send(String method, HttpRequest request) throws IOException, InterruptedException {
        if (!method.equals("PUT")) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        try (var ownConnection = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return ownConnection.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** The relay has sent every outbox row; each stored message is on the topic exactly once, and nothing else is. */
    private void assertEveryMessageAnnouncedOnce(Instant since) {
        await().atMost(Duration.ofSeconds(60)).until(() -> number("select count(*) from outbox") == 0);
        var records = KafkaTestClient.await(Topics.INTERACTIONS, r -> r.timestamp() >= since.toEpochMilli(),
                Integer.MAX_VALUE, Duration.ofSeconds(3));
        var contacts = QuarkusTransaction.requiringNew().call(() -> new HashSet<>(entityManager
                .createNativeQuery("select cast(id as text) from contact", String.class).getResultList()));
        Set<String> announced = new HashSet<>();
        int captured = 0;
        for (var record : records) {
            assertTrue(contacts.contains(record.key()), "an event for a contact that is stored: " + record.key());
            if (MessageCaptured.TYPE.equals(KafkaTestClient.header(record, "ce_type"))) {
                captured++;
                announced.add(json(record.value()).path("messageId").asText());
            }
        }
        var stored = QuarkusTransaction.requiringNew().call(() -> new HashSet<>(entityManager
                .createNativeQuery("select cast(id as text) from message where stored_at >= :since", String.class)
                .setParameter("since", since).getResultList()));
        assertEquals(stored.size(), captured, "one message-captured per message stored");
        assertEquals(stored, announced, "the events name exactly the messages stored");
    }

    private static ObjectNode chat(Random random, String run) {
        var conversation = run + "-conv-" + random.nextInt(40);
        if (random.nextInt(6) == 0) {
            return JsonMutator.parse("""
                    {"type":"chat.closed","conversationId":"%s","closedAt":"2026-11-20T08:20:00Z"}""".formatted(conversation));
        }
        var role = List.of("END_USER", "AGENT", "BOT").get(random.nextInt(3));
        return JsonMutator.parse("""
                {"type":"chat.message","conversationId":"%s","messageId":"m-%d","sentAt":"2026-11-20T08:15:02Z",
                 "sender":{"role":"%s","name":"Fuzz %s","email":"%s@example.com","username":"u%s","phone":"040 %07d"},
                 "text":"Hei, VPN ei toimi %d"}""".formatted(conversation, random.nextInt(), role, run, run, run,
                random.nextInt(10_000_000), random.nextInt()));
    }

    private static ObjectNode telephony(Random random, String run, List<String> calls) {
        if (random.nextBoolean()) {
            return JsonMutator.parse("""
                    {"type":"call.completed","callId":"%s-call-%d","from":"040-%07d","to":"+358 9 310 1000",
                     "startedAt":"2026-11-20T09:00:00Z","endedAt":"2026-11-20T09:04:30Z",
                     "caller":{"name":"Fuzz %s","email":"%s@example.com","username":"u%s"},"agent":{"id":"a-1","name":"Aino"}}"""
                    .formatted(run, random.nextInt(40), random.nextInt(10_000_000), run, run, run));
        }
        return JsonMutator.parse("""
                {"type":"transcript.completed","callId":"%s","language":"fi",
                 "segments":[%s,%s]}""".formatted(calls.get(random.nextInt(calls.size())), segment(random), segment(random)));
    }

    private static ObjectNode transcription(Random random, List<String> tokens) {
        var token = random.nextInt(5) == 0 ? "no-such-token" : tokens.get(random.nextInt(tokens.size()));
        return JsonMutator.parse("""
                {"jobToken":"%s","language":"fi","segments":[%s]}""".formatted(token, segment(random)));
    }

    private static String segment(Random random) {
        int start = random.nextInt(100_000);
        return """
                {"speaker":"%s","startMs":%d,"endMs":%d,"text":"Tulostin ei toimi %d","words":[{"w":"Tulostin","startMs":%d,"endMs":%d}]}"""
                .formatted(random.nextBoolean() ? "CALLER" : "AGENT", start, start + 900, random.nextInt(), start, start + 300);
    }

    /** A WAV (sometimes cut short or with bytes changed), random bytes, or nothing. */
    private static byte[] audio(Random random) {
        var wav = Wavs.pcm(2 * (1 + random.nextInt(20_000)), "Fuzz");
        return switch (random.nextInt(5)) {
            case 0 -> wav;
            case 1 -> java.util.Arrays.copyOf(wav, random.nextInt(wav.length));
            case 2 -> {
                wav[random.nextInt(wav.length)] ^= (byte) (1 + random.nextInt(255));
                yield wav;
            }
            case 3 -> {
                var noise = new byte[random.nextInt(5_000)];
                random.nextBytes(noise);
                yield noise;
            }
            default -> new byte[0];
        };
    }

    private static String audioType(Random random) {
        return List.of("audio/wav", "audio/wav", "audio/mpeg", "audio/ogg", "application/octet-stream").get(random.nextInt(5));
    }

    private long number(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> StoredRows.number(entityManager, sql));
    }

    private static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
