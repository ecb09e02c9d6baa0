package fi.servicedesk.rights.retention;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.rights.Dpo;
import fi.servicedesk.rights.events.SweepCompleted;
import fi.servicedesk.rights.events.SweepRequested;
import fi.servicedesk.rights.events.Topics;
import fi.servicedesk.testsupport.KafkaTestClient;
import fi.servicedesk.testsupport.ContractCatalog;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static fi.servicedesk.rights.Dpo.dpo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DESIGN §4: this service sweeps its own case records (rights-case, audit) and reports once per sweep. */
@QuarkusTest
class RetentionSweepTest {

    private static final String SWEEPS = "retention.sweeps.v1";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void closedCasesPastTheCutoffAreDeletedOpenOnesAreKeptAndTheReportIsValidAndSentOnce() throws Exception {
        var closed = Dpo.open("ACCESS", Dpo.subject()).getString("id");
        dpo().body("{\"reason\":\"duplicate request\"}").post("/api/v1/requests/{id}/reject", closed).then().statusCode(200);
        var open = Dpo.open("ERASURE", Dpo.subject()).getString("id");
        var sweepId = UUID.randomUUID().toString();
        var cutoff = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        var sweep = sweep(sweepId, cutoff, "rights-service");

        KafkaTestClient.sendCloudEvent(SWEEPS, sweepId, UUID.randomUUID().toString(), SweepRequested.TYPE, sweep);
        var reports = KafkaTestClient.await(Topics.SWEEP_REPORTS, r -> sweepId.equals(r.key()), 1, WAIT);
        assertEquals(1, reports.size());
        assertEquals(SweepCompleted.TYPE, KafkaTestClient.header(reports.getFirst(), "ce_type"));
        ContractCatalog.assertValid(SweepCompleted.TYPE, reports.getFirst().value());

        dpo().get("/api/v1/requests/{id}", closed).then().statusCode(404);
        assertEquals(1, Dpo.get(open).getList("history").size(), "an open case keeps its history");
        var categories = JSON.readTree(reports.getFirst().value()).path("categories");
        var cases = categories.get(0);
        assertEquals("rights-case", cases.path("category").asText());
        assertTrue(cases.path("deleted").asLong() >= 1);
        assertTrue(cases.path("held").asLong() >= 1, "the open case is kept");
        assertEquals("audit", categories.get(1).path("category").asText());

        // The same sweep again, as a new event: nothing more is deleted or reported.
        KafkaTestClient.sendCloudEvent(SWEEPS, sweepId, UUID.randomUUID().toString(), SweepRequested.TYPE, sweep);
        assertEquals(1, KafkaTestClient.await(Topics.SWEEP_REPORTS, r -> sweepId.equals(r.key()), 2, Duration.ofSeconds(8)).size());
    }

    /** DESIGN §4, R3.1, R9.2: lifted holds and access-audit entries past their cut-offs go; an active hold stays, held. */
    @Test
    void liftedHoldsAndAuditEntriesPastTheCutoffAreDeletedAndAnActiveHoldIsKept() throws Exception {
        var lifted = placeHold();
        dpo().delete("/api/v1/holds/{id}", lifted).then().statusCode(200);
        var active = placeHold();
        var read = Dpo.open("ACCESS", Dpo.subject()).getString("id");
        Dpo.get(read);
        var sweepId = UUID.randomUUID().toString();
        var cutoff = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        KafkaTestClient.sendCloudEvent(SWEEPS, sweepId, UUID.randomUUID().toString(), SweepRequested.TYPE,
                sweep(sweepId, cutoff, "rights-service"));
        var report = JSON.readTree(KafkaTestClient.await(Topics.SWEEP_REPORTS, r -> sweepId.equals(r.key()), 1, WAIT)
                .getFirst().value()).path("categories");

        var holds = dpo().get("/api/v1/holds").then().statusCode(200).extract().jsonPath().getList("id", String.class);
        assertTrue(holds.contains(active), "an active hold stays");
        assertTrue(!holds.contains(lifted), "a lifted hold past the cut-off is gone");
        assertTrue(report.get(0).path("held").asLong() >= 1, "the active hold is reported as held");
        assertEquals(0, report.get(0).path("expiredUnheld").asLong());
        assertEquals(0, report.get(1).path("expiredUnheld").asLong(), "no audit entry past the cut-off is left");
        assertEquals(0, Dpo.as("auditor").queryParam("caseId", read).get("/api/v1/audit").then().statusCode(200)
                .extract().jsonPath().getList("$").size(), "R9.2: the read's audit entry expired with the audit period");
        dpo().delete("/api/v1/holds/{id}", active).then().statusCode(200);
    }

    private static String placeHold() {
        return dpo().body("{\"subject\":" + Dpo.subject() + ",\"reason\":\"dispute\"}")
                .post("/api/v1/holds").then().statusCode(201).extract().path("id");
    }

    @Test
    void sweepThatDoesNotExpectThisServiceIsNotAnswered() {
        var sweepId = UUID.randomUUID().toString();
        KafkaTestClient.sendCloudEvent(SWEEPS, sweepId, UUID.randomUUID().toString(), SweepRequested.TYPE,
                sweep(sweepId, Instant.now().minus(730, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS), "ingest-service"));
        assertTrue(KafkaTestClient.await(Topics.SWEEP_REPORTS, r -> sweepId.equals(r.key()), 1, Duration.ofSeconds(8)).isEmpty());
    }

    private static String sweep(String sweepId, Instant cutoff, String owner) {
        var data = """
                {"sweepId":"%s","asOf":"%s","requestedAt":"%s","cutoffs":{"rights-case":"%s","audit":"%s","contact":"%s"},
                 "expectedOwners":["%s"]}""".formatted(sweepId, Instant.now(), Instant.now(), cutoff, cutoff, cutoff, owner);
        ContractCatalog.assertValid(SweepRequested.TYPE, data);
        return data;
    }
}
