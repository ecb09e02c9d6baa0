package fi.servicedesk.suite;

import fi.servicedesk.testsupport.TestTokens;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12 item 5, R9.3: a subject's data and its key live in two databases, and ingest-service is
 * killed (its test-only hook {@code ingest.test.halt-after} halts the real process, exit 137, as
 * {@code kill -9} would) at each step between them, then restarted without the hook. Each time the
 * work completes once and nothing is left half-done: every key has its subject row and every
 * subject row its key, and webhooks go on working. Each restart lets a killed consumer's partitions
 * go after a short session timeout, so the redelivered command is not kept waiting.
 */
class KeyDestructionCrashTest {

    /**
     * A killed consumer keeps its partitions for its session timeout: short here, so redelivery is
     * quick. A key without a subject counts as an orphan after 5 s (this test sends nothing
     * concurrently, so no transaction runs that long), so that what other tests' rolled-back
     * webhooks left goes too. The reconciler runs at start only (its period stays 10 minutes): that
     * run must finish what the crash left.
     */
    private static final Map<String, String> QUICK = Map.of("kafka.session.timeout.ms", "6000",
            "ingest.crypto.orphan-key-grace", "5s");
    /** For an orphan key made just before the crash, which is old enough only after the start. */
    private static final Map<String, String> QUICK_AND_OFTEN = with(QUICK, "ingest.crypto.reconcile-every", "2s");
    private static RunningSuite suite;

    @BeforeAll
    static void startSuite() {
        suite = RunningSuite.get();
    }

    @AfterAll
    static void restoreIngest() {
        suite.restart("ingest", Map.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"erasure-before-commit", "erasure-data-commit", "erasure-keys-destroyed"})
    void anErasureKilledAtEachStepCompletesOnceAfterARestartAndLeavesNothingHalfDone(String step) {
        var person = Person.unique();
        var conversation = chat(person, "Salasana vanhentui");
        var bystander = Person.unique();
        chat(bystander, "Tulostin ei tulosta");
        suite.restart("ingest", with(QUICK, "ingest.test.halt-after", step));

        var erasure = executedErasure(person);
        assertEquals(137, suite.awaitExit("ingest", Duration.ofSeconds(90)), "ingest halted after " + step);
        suite.restart("ingest", QUICK);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> "COMPLETED".equals(caseOf(erasure).get("status")));
        var ingest = ownerAnswer(erasure, "ingest-service");
        assertTrue(ingest.contains("removed contact 1,") && ingest.contains("data-key 1"),
                "the redelivered erasure applied once and completely: " + ingest);
        assertEquals(0, suite.count("ingest", "select count(*) from contact where external_id = ?", conversation));
        awaitKeysAndRowsInStep();

        var again = chat(person, "Kirjoitan uudestaan");
        var later = chat(bystander, "Ja vielä kerran");
        assertEquals(1, suite.count("ingest", "select count(*) from contact where external_id = ?", again));
        assertEquals(1, suite.count("ingest", "select count(*) from contact where external_id = ?", later));
        awaitKeysAndRowsInStep();
    }

    @Test
    void aKeyStoredByAProcessKilledBeforeItsSubjectCommittedIsDestroyed() {
        var before = suite.ids("ingest_keys_e2e", "select subject_id from data_key");
        suite.restart("ingest", with(QUICK, "ingest.test.halt-after", "key-created"));

        var person = Person.unique();
        assertThrows(Exception.class, () -> chat(person, "Näyttö välkkyy"), "the process died mid-request");
        assertEquals(137, suite.awaitExit("ingest", Duration.ofSeconds(30)));
        var orphans = new HashSet<>(suite.ids("ingest_keys_e2e", "select subject_id from data_key"));
        orphans.removeAll(before);
        assertEquals(1, orphans.size(), "the key was stored, its subject never committed");

        // A key younger than the grace may belong to a transaction still running: it is destroyed only once older.
        suite.restart("ingest", QUICK_AND_OFTEN);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                suite.ids("ingest_keys_e2e", "select subject_id from data_key").stream().noneMatch(orphans::contains));
        var resent = chat(person, "Näyttö välkkyy");
        assertEquals(1, suite.count("ingest", "select count(*) from contact where external_id = ?", resent));
        awaitKeysAndRowsInStep();
    }

    @Test
    void aMergeKilledAfterItsCommitLeavesNoKeyOfItsPlaceholderAndTheRetriedWebhookIsStoredOnce() {
        var person = Person.unique();
        chat(person, "Ensimmäinen yhteydenotto");
        // A conversation the bot opens has a placeholder subject, whose data and key the person's
        // first message there merges into the person's known one.
        var conversation = "conv-" + UUID.randomUUID();
        Webhooks.json(suite.secrets.get("INGEST_WEBHOOK_SECRET_CHAT"), """
                {"type":"chat.message","conversationId":"%s","messageId":"m-%s","sentAt":"2026-11-20T08:15:00Z",
                 "sender":{"role":"BOT"},"text":"Hei, miten voin auttaa?"}""".formatted(conversation, UUID.randomUUID()))
                .post(suite.url("ingest") + "/webhooks/chat").then().statusCode(200);
        suite.restart("ingest", with(QUICK, "ingest.test.halt-after", "merge-data-commit"));

        var body = chatBody(conversation, person, "Toinen yhteydenotto").getBytes(StandardCharsets.UTF_8);
        var id = "msg_" + UUID.randomUUID();
        var timestamp = Long.toString(Instant.now().getEpochSecond());
        assertThrows(Exception.class, () -> post(body, id, timestamp), "the process died mid-request");
        assertEquals(137, suite.awaitExit("ingest", Duration.ofSeconds(30)));
        suite.restart("ingest", QUICK);

        post(body, id, timestamp).then().statusCode(200); // the platform's retry: same webhook-id
        assertEquals(2, suite.count("ingest", "select count(*) from message m join contact c on c.id = m.contact_id"
                + " where c.external_id = ?", conversation), "the bot's message and the person's, each stored once");
        awaitKeysAndRowsInStep();
    }

    private static void awaitKeysAndRowsInStep() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(suite::assertIngestKeysAndSubjectsInStep);
    }

    private static String chat(Person person, String text) {
        var conversation = "conv-" + UUID.randomUUID();
        Webhooks.json(suite.secrets.get("INGEST_WEBHOOK_SECRET_CHAT"), chatBody(conversation, person, text))
                .post(suite.url("ingest") + "/webhooks/chat").then().statusCode(200);
        return conversation;
    }

    private static String chatBody(String conversation, Person person, String text) {
        return """
                {"type":"chat.message","conversationId":"%s","messageId":"m-%s","sentAt":"2026-11-20T08:15:02Z",
                 "sender":{"role":"END_USER","name":"%s","email":"%s"},"text":"%s"}"""
                .formatted(conversation, UUID.randomUUID(), person.name(), person.email(), text);
    }

    /** One signed chat webhook with the given id and timestamp, as a platform sends it again after a failure. */
    private static Response post(byte[] body, String id, String timestamp) {
        return given().contentType("application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", timestamp)
                .header("webhook-signature", Webhooks.signature(suite.secrets.get("INGEST_WEBHOOK_SECRET_CHAT"), id, timestamp, body))
                .body(body).post(suite.url("ingest") + "/webhooks/chat");
    }

    /** An erasure by e-mail, verified and executed (R10.3); returns the case id. */
    private static String executedErasure(Person person) {
        var dpo = TestTokens.forRole("dpo");
        var id = given().auth().oauth2(dpo).contentType("application/json")
                .body(Map.of("type", "ERASURE", "subject", Map.of("email", person.email()), "channel", "email"))
                .post(suite.url("rights") + "/api/v1/requests").then().statusCode(201).extract().path("id").toString();
        given().auth().oauth2(dpo).contentType("application/json")
                .body(Map.of("verified", List.of("email"), "method", "ID_DOCUMENT", "note", "passport seen"))
                .post(suite.url("rights") + "/api/v1/requests/" + id + "/verification").then().statusCode(200);
        given().auth().oauth2(dpo).contentType("application/json")
                .post(suite.url("rights") + "/api/v1/requests/" + id + "/execute").then().statusCode(202);
        return id;
    }

    private static Map<String, Object> caseOf(String id) {
        return given().auth().oauth2(TestTokens.forRole("dpo")).get(suite.url("rights") + "/api/v1/requests/" + id)
                .then().statusCode(200).extract().jsonPath().getMap("$");
    }

    private static String ownerAnswer(String caseId, String service) {
        return given().auth().oauth2(TestTokens.forRole("dpo")).get(suite.url("rights") + "/api/v1/requests/" + caseId)
                .then().statusCode(200).extract().jsonPath().getList("owners", Map.class).stream()
                .filter(o -> service.equals(o.get("service"))).map(o -> String.valueOf(o.get("summary")))
                .findFirst().orElseThrow();
    }

    private static Map<String, String> with(Map<String, String> properties, String name, String value) {
        var all = new HashMap<>(properties);
        all.put(name, value);
        return all;
    }

    private record Person(String name, String email) {
        static Person unique() {
            var n = UUID.randomUUID().toString().substring(0, 8);
            return new Person("Maija Meikäläinen", "maija." + n + "@example.com");
        }
    }
}
