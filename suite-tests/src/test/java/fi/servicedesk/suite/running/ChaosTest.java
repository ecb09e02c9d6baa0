package fi.servicedesk.suite.running;

import fi.servicedesk.suite.Webhooks;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12 item 13: the running local suite survives kill -9 of its parts. Run after
 * {@code bin/suite up} with
 * {@code bin/suite test -Dtest=ChaosTest -Dsurefire.failIfNoSpecifiedTests=false -Dquarkus.build.skip=true}
 * (.ci/run does); it kills and restarts processes of that suite through {@code bin/suite kill} and
 * {@code bin/suite restart}, and takes a few minutes.
 */
class ChaosTest {

    private static final int CONVERSATIONS = 100;
    private static final int MESSAGES_EACH = 20;
    private static final int SENDERS = 8;
    /** Each sender's pause between messages: about 20 a second in all, so the kills fall within the sending. */
    private static final Duration PACE = Duration.ofMillis(400);
    /**
     * A marker glued to a digit, as a ticket's or host's identifier is: no word of the text, so no name rule or the
     * name tagger reads it (a lone lower-case word nobody knows may be a name in chat, and redacted).
     */
    private static final Pattern MARKER = Pattern.compile("kaaos[a-z]{4}[a-z]{2}[a-z]{2}0");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * Signed chat messages are sent with retries (the same webhook-id until a 2xx, as a platform
     * does) while ingest, then redaction, then the Kafka broker are killed with SIGKILL and
     * restarted: every accepted message reaches redaction's corpus exactly once (R5.5, DESIGN §3).
     */
    @Test
    void everyAcceptedMessageIsInTheCorpusExactlyOnceThroughKillsOfIngestRedactionAndTheBroker() throws Exception {
        var run = letters(new java.util.Random().nextInt(26 * 26 * 26 * 26), 4);
        var secret = SuiteSecrets.get("INGEST_WEBHOOK_SECRET_CHAT");
        var accepted = new AtomicInteger();
        var retries = new AtomicInteger();
        var since = lastCursor();
        try (var senders = Executors.newFixedThreadPool(SENDERS)) {
            var done = new ArrayList<Future<?>>();
            for (int s = 0; s < SENDERS; s++) {
                int sender = s;
                done.add(senders.submit(() -> {
                    for (int c = sender; c < CONVERSATIONS; c += SENDERS) {
                        var conversation = "chaos-" + run + "-" + c;
                        for (int m = 0; m < MESSAGES_EACH; m++) {
                            retries.addAndGet(sendUntilAccepted(secret, conversation, m, "kaaos" + run + letters(c, 2) + letters(m, 2) + "0"));
                            accepted.incrementAndGet();
                            Thread.sleep(PACE);
                        }
                    }
                    return null;
                }));
            }
            int total = CONVERSATIONS * MESSAGES_EACH;
            for (var target : List.of("ingest", "redaction", "kafka")) {
                await().atMost(Duration.ofMinutes(3)).until(() -> accepted.get() >= total / 10);
                int before = accepted.get();
                assertTrue(before < total, "the sending was still going on when " + target + " was killed");
                LocalSuite.run("kill", target);
                LocalSuite.run("restart", target);
                System.out.printf("chaos: %s killed at %d accepted messages, restarted at %d%n", target, before, accepted.get());
            }
            for (var sender : done) {
                sender.get();
            }
        }
        assertEquals(CONVERSATIONS * MESSAGES_EACH, accepted.get());
        System.out.printf("chaos: %d messages accepted after %d retries%n", accepted.get(), retries.get());

        var counts = new HashMap<String, Integer>();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            counts.clear();
            counts.putAll(corpusMarkers(since, run));
            return counts.size() == accepted.get();
        });
        var doubled = counts.entrySet().stream().filter(e -> e.getValue() != 1).toList();
        assertEquals(List.of(), doubled, "every accepted message is in the corpus exactly once");
    }

    /**
     * A kill -9 of ingest between an erasure's data commit and its keys' destruction (the test-only
     * hook INGEST_TEST_HALT_AFTER halts it there): after a restart the case completes, and every key
     * has its subject row and every subject row its key (R9.3, issue 12 item 5).
     */
    @Test
    void anErasureWhoseIngestWasKilledMidwayCompletesAndLeavesNothingHalfDone() throws Exception {
        var email = "chaos." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var secret = SuiteSecrets.get("INGEST_WEBHOOK_SECRET_CHAT");
        var conversation = "chaos-erasure-" + UUID.randomUUID();
        sendUntilAccepted(secret, conversation, 0, "Salasana unohtui", email);
        var subject = LocalSuite.ids("ingest", "select subject_id from contact where external_id = '" + conversation + "'");
        assertEquals(1, subject.size());
        LocalSuite.run(Map.of("INGEST_TEST_HALT_AFTER", "erasure-data-commit"), "restart", "ingest");

        var erasure = executedErasure(email);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> !LocalSuite.ready("ingest"));
        LocalSuite.run("restart", "ingest");

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> "COMPLETED".equals(
                given().auth().oauth2(LocalSuite.token("dpo", "rights")).get(LocalSuite.url("rights") + "/api/v1/requests/" + erasure)
                        .then().statusCode(200).extract().path("status")));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            var keys = LocalSuite.ids("ingest_keys", "select subject_id from data_key");
            var subjects = LocalSuite.ids("ingest", "select id from subject");
            assertTrue(keys.containsAll(subjects), "no subject row without its key");
            assertTrue(subject.stream().noneMatch(keys::contains), "the erased subject's key is destroyed");
            assertTrue(subject.stream().noneMatch(subjects::contains), "and its row deleted");
            assertTrue(LocalSuite.ids("ingest", "select subject_id from key_destruction").stream().noneMatch(keys::contains),
                    "no key left whose data's deletion committed");
        });
        sendUntilAccepted(secret, "chaos-after-" + UUID.randomUUID(), 0, "Toimiiko tämä vielä", email);
    }

    /** Sends one message until a 2xx, the same webhook-id and signature each time; returns the retries. */
    private int sendUntilAccepted(String secret, String conversation, int sequence, String text) throws InterruptedException {
        return sendUntilAccepted(secret, conversation, sequence, text, null);
    }

    private int sendUntilAccepted(String secret, String conversation, int sequence, String text, String email)
            throws InterruptedException {
        var sender = email == null ? "{\"role\":\"END_USER\"}" : "{\"role\":\"END_USER\",\"email\":\"" + email + "\"}";
        var body = """
                {"type":"chat.message","conversationId":"%s","messageId":"m-%d","sentAt":"%s","sender":%s,"text":"%s"}"""
                .formatted(conversation, sequence, Instant.now(), sender, "Tukipyyntö " + text + " tulostin ei toimi")
                .getBytes(StandardCharsets.UTF_8);
        var id = "msg_" + UUID.randomUUID();
        var timestamp = Long.toString(Instant.now().getEpochSecond());
        var request = HttpRequest.newBuilder(URI.create(LocalSuite.url("ingest") + "/webhooks/chat"))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", timestamp)
                .header("webhook-signature", Webhooks.signature(secret, id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        var deadline = Instant.now().plus(Duration.ofMinutes(4)); // within the webhook-timestamp tolerance (5 min)
        for (int retries = 0; ; retries++) {
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2) {
                    return retries;
                }
                if (status / 100 == 4) {
                    throw new IllegalStateException("ingest refused a well-formed message: " + status);
                }
            } catch (IOException unavailable) {
                // killed, restarting, or the connection dropped mid-request: the platform tries again
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("no 2xx for " + conversation + "/" + sequence + " in 4 minutes");
            }
            Thread.sleep(500);
        }
    }

    private static String executedErasure(String email) {
        var id = given().auth().oauth2(LocalSuite.token("dpo", "rights")).contentType("application/json")
                .body(Map.of("type", "ERASURE", "subject", Map.of("email", email), "channel", "email"))
                .post(LocalSuite.url("rights") + "/api/v1/requests").then().statusCode(201).extract().path("id").toString();
        given().auth().oauth2(LocalSuite.token("dpo", "rights")).contentType("application/json")
                .body(Map.of("verified", List.of("email"), "method", "ID_DOCUMENT", "note", "passport seen"))
                .post(LocalSuite.url("rights") + "/api/v1/requests/" + id + "/verification").then().statusCode(200);
        given().auth().oauth2(LocalSuite.token("dpo", "rights")).contentType("application/json")
                .post(LocalSuite.url("rights") + "/api/v1/requests/" + id + "/execute").then().statusCode(202);
        return id;
    }

    /** The corpus' last cursor now: this run's entries come after it. */
    private static long lastCursor() {
        long since = 0;
        for (String next; (next = exportPage(since).header("X-Next-Cursor")) != null && Long.parseLong(next) > since; ) {
            since = Long.parseLong(next);
        }
        return since;
    }

    /** How often each of this run's markers occurs in the corpus after {@code since}. */
    private static Map<String, Integer> corpusMarkers(long since, String run) {
        var counts = new ConcurrentHashMap<String, Integer>();
        for (long cursor = since; ; ) {
            var page = exportPage(cursor);
            var matcher = MARKER.matcher(page.asString());
            while (matcher.find()) {
                if (matcher.group().startsWith("kaaos" + run)) {
                    counts.merge(matcher.group(), 1, Integer::sum);
                }
            }
            var next = page.header("X-Next-Cursor");
            if (next == null || Long.parseLong(next) <= cursor) {
                return counts;
            }
            cursor = Long.parseLong(next);
        }
    }

    private static io.restassured.response.Response exportPage(long since) {
        return given().auth().oauth2(LocalSuite.token("bot-developer", "redaction"))
                .get(LocalSuite.url("redaction") + "/api/v1/corpus/export?since=" + since + "&limit=1000")
                .then().statusCode(200).extract().response();
    }

    /** {@code value} in base 26 as exactly {@code digits} lowercase letters: a marker the redaction leaves alone. */
    private static String letters(int value, int digits) {
        var out = new char[digits];
        for (int i = digits - 1; i >= 0; i--) {
            out[i] = (char) ('a' + value % 26);
            value /= 26;
        }
        return new String(out);
    }
}
