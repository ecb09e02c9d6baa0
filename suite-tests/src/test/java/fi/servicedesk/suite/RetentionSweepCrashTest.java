package fi.servicedesk.suite;

import fi.servicedesk.testsupport.TestTokens;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12 items 5 and 6, R8, R9.3: ingest-service is killed in the middle of a retention sweep (its
 * test-only hook {@code ingest.test.halt-after} halts the real process, exit 137, as {@code kill -9}
 * would) at each step between the transaction that deletes the subjects a sweep left with nothing
 * and the destruction of their keys in the other database. The sweep that lost its owner is judged
 * NON_COMPLIANT at its deadline (ingest MISSING: no proof, no pass); ingest restarts without the
 * hook, takes the redelivered sweep up again and reports it, and the next sweep finds nothing more
 * and is COMPLIANT. Every expired row went once (the sweep's report counts each exactly once, the
 * killed run's committed batches included), and no key outlives its data nor data its key.
 */
class RetentionSweepCrashTest {

    /** Short enough that a sweep whose owner was killed is judged while the test waits. */
    private static final Map<String, String> QUICK_VERDICT = Map.of("retention.sweep-timeout", "PT30S",
            "retention.timeout-check-every", "1s");
    /**
     * A killed consumer keeps its partitions for its session timeout: short here, so redelivery is
     * quick. A key without a subject counts as an orphan after 5 s, so that what other tests'
     * rolled-back webhooks left goes at the restart too (KeyDestructionCrashTest).
     */
    private static final Map<String, String> QUICK_REDELIVERY = Map.of("kafka.session.timeout.ms", "6000",
            "ingest.crypto.orphan-key-grace", "5s");
    private static RunningSuite suite;

    @BeforeAll
    static void startSuite() {
        suite = RunningSuite.get();
        suite.restart("retention", QUICK_VERDICT);
    }

    @AfterAll
    static void restoreServices() {
        suite.restart("ingest", Map.of());
        suite.restart("retention", Map.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sweep-before-commit", "sweep-data-commit", "sweep-keys-destroyed"})
    void aSweepKilledAtEachStepIsNonCompliantThenTheRerunDeletesTheRestOnceAndIsCompliant(String step) {
        var email = "erkki." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var conversation = "conv-" + UUID.randomUUID();
        for (var text : List.of("Näppäimistö ei toimi", "Vaihdoin jo paristot")) {
            Webhooks.json(suite.secrets.get("INGEST_WEBHOOK_SECRET_CHAT"), """
                    {"type":"chat.message","conversationId":"%s","messageId":"m-%s","sentAt":"2026-11-20T08:15:02Z",
                     "sender":{"role":"END_USER","name":"Erkki Esimerkki","email":"%s"},"text":"%s"}"""
                    .formatted(conversation, UUID.randomUUID(), email, text))
                    .post(suite.url("ingest") + "/webhooks/chat").then().statusCode(200);
        }
        var subject = suite.ids("ingest_e2e", "select subject_id from contact where external_id = '" + conversation + "'");
        assertEquals(1, subject.size());
        assertEquals(subject, keysOf(subject), "the subject has its key");
        suite.restart("ingest", with(QUICK_REDELIVERY, "ingest.test.halt-after", step));

        var asOf = Instant.now().plus(Duration.ofDays(400));
        var killed = startSweep(asOf);
        assertEquals(137, suite.awaitExit("ingest", Duration.ofSeconds(90)), "ingest halted after " + step);
        assertEquals(0, suite.count("ingest", "select count(*) from contact where external_id = ?", conversation),
                "the contact's batch committed before the subjects' step");
        var verdict = awaitJudged(killed);
        assertEquals("NON_COMPLIANT", verdict.getString("status"), "an owner killed mid-sweep proves nothing: "
                + verdict.prettify());
        assertEquals("MISSING", ownerOf(verdict, "ingest-service").get("status"));

        suite.restart("ingest", QUICK_REDELIVERY);
        // The redelivered sweep is taken up again and its report, late, kept for the record: it counts the
        // killed run's committed deletions too, each once.
        var late = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> sweep(killed),
                s -> ownerOf(s, "ingest-service").get("categories") instanceof List<?> categories
                        && categories.stream().allMatch(c -> ((Map<?, ?>) c).get("deleted") != null));
        assertEquals("NON_COMPLIANT", late.getString("status"), "a late report does not change the verdict");
        assertTrue(deleted(late, "contact") >= 1 && deleted(late, "message") >= 2,
                "the killed run's deletions are in the sweep's report: " + ownerOf(late, "ingest-service"));

        var rerun = awaitJudged(startSweep(asOf));
        assertEquals("COMPLIANT", rerun.getString("status"), rerun.prettify());
        var ingest = ownerOf(rerun, "ingest-service");
        assertEquals("REPORTED", ingest.get("status"));
        for (var category : categoriesOf(rerun)) {
            assertEquals(0, ((Number) category.get("deleted")).longValue(), "nothing was left to delete twice: " + category);
            assertEquals(0, ((Number) category.get("expiredUnheld")).longValue(), category.toString());
        }
        assertEquals(0, suite.count("ingest", "select count(*) from message m join contact c on c.id = m.contact_id"
                + " where c.external_id = ?", conversation));
        assertEquals(0, suite.count("ingest", "select count(*) from subject where id = ?", subject.iterator().next()));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertTrue(keysOf(subject).isEmpty(), "the key went with its data");
            suite.assertIngestKeysAndSubjectsInStep();
        });
    }

    private static Set<UUID> keysOf(Set<UUID> subjects) {
        var keys = suite.ids("ingest_keys_e2e", "select subject_id from data_key");
        keys.retainAll(subjects);
        return keys;
    }

    private static String startSweep(Instant asOf) {
        return given().auth().oauth2(TestTokens.forRole("dpo")).contentType("application/json")
                .body(Map.of("asOf", asOf.toString()))
                .post(suite.url("retention") + "/api/v1/sweeps").then().statusCode(202).extract().path("id").toString();
    }

    private static JsonPath sweep(String id) {
        return given().auth().oauth2(TestTokens.forRole("auditor")).get(suite.url("retention") + "/api/v1/sweeps/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitJudged(String id) {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> sweep(id), s -> !"RUNNING".equals(s.getString("status")));
    }

    private static Map<String, Object> ownerOf(JsonPath sweep, String service) {
        List<Map<String, Object>> owners = sweep.getList("owners");
        return owners.stream().filter(o -> service.equals(o.get("service"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> categoriesOf(JsonPath sweep) {
        return (List<Map<String, Object>>) ownerOf(sweep, "ingest-service").get("categories");
    }

    private static long deleted(JsonPath sweep, String category) {
        return categoriesOf(sweep).stream().filter(c -> category.equals(c.get("category")))
                .mapToLong(c -> ((Number) c.get("deleted")).longValue()).sum();
    }

    private static Map<String, String> with(Map<String, String> properties, String name, String value) {
        var all = new HashMap<>(properties);
        all.put(name, value);
        return all;
    }
}
