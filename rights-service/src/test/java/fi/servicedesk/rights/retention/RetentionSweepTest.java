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
