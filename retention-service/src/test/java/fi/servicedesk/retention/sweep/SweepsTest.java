package fi.servicedesk.retention.sweep;

import fi.servicedesk.retention.events.PolicyAnnounced;
import fi.servicedesk.retention.events.SweepRequested;
import fi.servicedesk.retention.events.SweepVerdictAnnounced;
import fi.servicedesk.testsupport.ContractCatalog;
import fi.servicedesk.testsupport.KafkaTestClient;
import fi.servicedesk.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #5 with real Kafka and PostgreSQL: owners' reports, sent as CloudEvents, decide the verdict (R8). */
@QuarkusTest
class SweepsTest {

    private static final List<String> OWNERS = List.of("ingest-service", "redaction-service", "rights-service");

    @Test
    void sweepAsOfAnInstantAsksEveryOwnerOnceWithCutoffsFromThePolicy() {
        var sweep = SweepApi.start("{\"asOf\":\"2026-05-31T02:00:00Z\"}");

        assertEquals("RUNNING", sweep.status());
        assertEquals(OWNERS, sweep.owners().stream().map(o -> o.service()).toList());
        assertTrue(sweep.owners().stream().allMatch(o -> "PENDING".equals(o.status())));
        var records = KafkaTestClient.await("retention.sweeps.v1", r -> sweep.id().toString().equals(r.key()), 1,
                Duration.ofSeconds(20));
        assertEquals(1, records.size(), "exactly one sweep-requested");
        assertEquals(SweepRequested.TYPE, KafkaTestClient.header(records.getFirst(), "ce_type"));
        var data = records.getFirst().value();
        ContractCatalog.assertValid(SweepRequested.TYPE, data);
        var json = JsonPath.from(data);
        assertEquals("2025-05-31T02:00:00Z", json.getString("cutoffs.contact"), "R8.1: 12 months");
        assertEquals("2025-05-31T02:00:00Z", json.getString("cutoffs.corpus"), "R8.2: 12 months");
        // R8.3: 31 May − 3 months has no 31 February; the last day of February keeps data longer, never shorter.
        assertEquals("2026-02-28T02:00:00Z", json.getString("cutoffs.recording"));
        assertEquals(OWNERS, json.getList("expectedOwners"));
    }

    @Test
    void thePolicyInForceIsAnnouncedWithEverySweep() {
        var sweep = SweepApi.start("{}");

        var policy = announced(sweep.id().toString(), PolicyAnnounced.TYPE);
        var json = JsonPath.from(policy);
        assertEquals("P12M", json.getString("categories.find { it.category == 'contact' }.period"));
        assertEquals("R8.3", json.getString("categories.find { it.category == 'recording' }.requirement"));
        assertEquals(List.of("rights-case", "audit"), json.getList("owners.find { it.service == 'rights-service' }.categories"));
    }

    /** The event of {@code type} keyed by the sweep on retention.verdicts.v1, checked against its schema. */
    private static String announced(String sweepId, String type) {
        var records = KafkaTestClient.await("retention.verdicts.v1", r -> sweepId.equals(r.key())
                && type.equals(KafkaTestClient.header(r, "ce_type")), 1, Duration.ofSeconds(30));
        assertEquals(1, records.size(), type);
        ContractCatalog.assertValid(type, records.getFirst().value());
        return records.getFirst().value();
    }

    @Test
    void everyOwnerReportingNothingExpiredMakesTheSweepCompliant() {
        var sweep = SweepApi.start("{}");

        OWNERS.forEach(owner -> OwnerReports.sendCompliant(sweep, owner));

        var finished = SweepApi.finished(sweep.id());
        assertEquals("COMPLIANT", finished.status());
        assertTrue(finished.owners().stream().allMatch(o -> "REPORTED".equals(o.status())), finished.toString());
        var contact = category(finished, "ingest-service", "contact");
        assertEquals(3L, contact.deleted());
        assertEquals(0L, contact.held());
        assertEquals(contact.cutoff().plus(Duration.ofDays(1)), contact.oldestRemaining());
        assertTrue(finished.finishedAt() != null);
    }

    @Test
    void anOwnerThatNeverReportsIsMissingAndTheSweepNonCompliant() {
        var sweep = SweepApi.start("{}");

        OwnerReports.sendCompliant(sweep, "ingest-service");
        OwnerReports.sendCompliant(sweep, "rights-service");

        var finished = SweepApi.finished(sweep.id());
        assertEquals("NON_COMPLIANT", finished.status());
        assertEquals(List.of("REPORTED", "MISSING", "REPORTED"), finished.owners().stream().map(o -> o.status()).toList());
        // DESIGN §4: the verdict is announced, for rights-service's portal and metrics.
        var verdict = JsonPath.from(announced(sweep.id().toString(), SweepVerdictAnnounced.TYPE));
        assertEquals("NON_COMPLIANT", verdict.getString("verdict"));
        assertEquals(List.of("redaction-service"), verdict.getList("missingOwners"));
        assertEquals(finished.finishedAt(), Instant.parse(verdict.getString("finishedAt")));
    }

    @Test
    void anExpiredUnheldItemLeftBehindMakesTheSweepNonCompliant() {
        var sweep = SweepApi.start("{}");

        OwnerReports.sendCompliant(sweep, "ingest-service");
        OwnerReports.sendCompliant(sweep, "rights-service");
        OwnerReports.send(sweep, "redaction-service", OwnerReports.report(sweep, "redaction-service", Duration.ofSeconds(-1), 0));

        var finished = SweepApi.finished(sweep.id());
        assertEquals("NON_COMPLIANT", finished.status());
        assertTrue(finished.owners().stream().allMatch(o -> "REPORTED".equals(o.status())), "everyone answered in time");
        var verdict = JsonPath.from(announced(sweep.id().toString(), SweepVerdictAnnounced.TYPE));
        assertEquals(List.of(), verdict.getList("missingOwners"));
        assertTrue(verdict.getBoolean("categories.find { it.category == 'corpus' }.expiredRemains"), "redaction left one");
        assertEquals(false, verdict.getBoolean("categories.find { it.category == 'contact' }.expiredRemains"));
    }

    @Test
    void itemsOlderThanTheCutoffAreAcceptedWhenTheOwnerSaysHoldsKeptThem() {
        var sweep = SweepApi.start("{}");

        OwnerReports.sendCompliant(sweep, "redaction-service");
        OwnerReports.sendCompliant(sweep, "rights-service");
        // R3.1: a legal hold keeps dispute data past its period.
        OwnerReports.send(sweep, "ingest-service", OwnerReports.report(sweep, "ingest-service", Duration.ofDays(-30), 2));

        var finished = SweepApi.finished(sweep.id());
        assertEquals("COMPLIANT", finished.status());
        assertEquals(2L, category(finished, "ingest-service", "contact").held());
    }

    @Test
    void aSecondReportOfTheSameOwnerDoesNotOverwriteTheFirst() {
        var sweep = SweepApi.start("{}");
        OwnerReports.sendCompliant(sweep, "ingest-service");
        OwnerReports.send(sweep, "ingest-service", OwnerReports.report(sweep, "ingest-service", Duration.ofDays(-30), 0));
        OwnerReports.sendCompliant(sweep, "redaction-service");
        OwnerReports.sendCompliant(sweep, "rights-service");

        var finished = SweepApi.finished(sweep.id());
        assertEquals("COMPLIANT", finished.status());
        var contact = category(finished, "ingest-service", "contact");
        assertEquals(contact.cutoff().plus(Duration.ofDays(1)), contact.oldestRemaining());
    }

    @Test
    void aFutureAsOfIsABadRequestAndStartsNothing() {
        var before = sweepCount();
        given().auth().oauth2(TestTokens.forRole("dpo")).contentType("application/json")
                .body("{\"asOf\":\"" + Instant.now().plus(Duration.ofDays(400)) + "\"}")
                .post("/api/v1/sweeps")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        assertEquals(before, sweepCount());
    }

    @Test
    void anUnreadableAsOfIsABadRequest() {
        given().auth().oauth2(TestTokens.forRole("dpo")).contentType("application/json")
                .body("{\"asOf\":\"last tuesday\"}")
                .post("/api/v1/sweeps")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyTheDpoStartsSweepsAndOnlyTheDpoAndAuditorsReadThem() {
        given().auth().oauth2(TestTokens.forRole("auditor")).contentType("application/json").body("{}")
                .post("/api/v1/sweeps").then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole("bot-developer")).get("/api/v1/sweeps").then().statusCode(403);
        given().contentType("application/json").body("{}").post("/api/v1/sweeps").then().statusCode(401);
        given().auth().oauth2(TestTokens.forRole("dpo")).get("/api/v1/sweeps").then().statusCode(200);
    }

    @Test
    void anUnknownSweepIsANotFoundProblem() {
        given().auth().oauth2(TestTokens.forRole("auditor")).get("/api/v1/sweeps/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theListShowsTheNewestSweepFirst() {
        SweepApi.start("{}");
        var newest = SweepApi.start("{}");
        given().auth().oauth2(TestTokens.forRole("auditor")).queryParam("limit", 1).get("/api/v1/sweeps")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].id", equalTo(newest.id().toString()));
    }

    private static SweepView.CategoryLine category(SweepView sweep, String service, String category) {
        return sweep.owners().stream().filter(o -> o.service().equals(service)).findFirst().orElseThrow()
                .categories().stream().filter(c -> c.category().equals(category)).findFirst().orElseThrow();
    }

    private static int sweepCount() {
        return given().auth().oauth2(TestTokens.forRole("dpo")).queryParam("limit", 200).get("/api/v1/sweeps")
                .then().statusCode(200).extract().jsonPath().getList("$").size();
    }
}
