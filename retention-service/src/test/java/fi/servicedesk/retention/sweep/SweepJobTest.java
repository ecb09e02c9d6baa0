package fi.servicedesk.retention.sweep;

import fi.servicedesk.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Job mode (the CronJob): one sweep, its report printed, exit 0 only when compliant (R8, issue #5). */
@QuarkusTest
class SweepJobTest {

    @Inject
    SweepJob job;

    @Test
    void jobExitsZeroAndPrintsTheReportWhenEveryOwnerReportsInTime() throws Exception {
        var out = new ByteArrayOutputStream();
        var before = newestSweepId();
        var exit = CompletableFuture.supplyAsync(() -> run(out));
        var sweep = SweepApi.get(awaitNewSweepAfter(before));

        List.of("ingest-service", "redaction-service", "rights-service").forEach(o -> OwnerReports.sendCompliant(sweep, o));

        assertEquals(SweepJob.COMPLIANT, exit.get(30, TimeUnit.SECONDS));
        var printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("Retention sweep " + sweep.id() + ": COMPLIANT"), printed);
        assertTrue(printed.contains("deleted 3"), printed);
    }

    @Test
    void jobExitsNonZeroWhenAnOwnerIsMissing() throws Exception {
        var out = new ByteArrayOutputStream();
        var before = newestSweepId();
        var exit = CompletableFuture.supplyAsync(() -> run(out));
        var sweep = SweepApi.get(awaitNewSweepAfter(before));

        OwnerReports.sendCompliant(sweep, "ingest-service");
        OwnerReports.sendCompliant(sweep, "redaction-service");

        assertEquals(2, exit.get(30, TimeUnit.SECONDS), "2: non-compliant, apart from 1 for a crash");
        var printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("NON_COMPLIANT"), printed);
        assertTrue(printed.matches("(?s).*rights-service\\s+MISSING.*"), printed);
    }

    @Test
    void jobExitsNonZeroWhenAnOwnerLeftAnExpiredUnheldItemBesideHeldOnes() throws Exception {
        var out = new ByteArrayOutputStream();
        var before = newestSweepId();
        var exit = CompletableFuture.supplyAsync(() -> run(out));
        var sweep = SweepApi.get(awaitNewSweepAfter(before));

        OwnerReports.send(sweep, "ingest-service", OwnerReports.report(sweep, "ingest-service", Duration.ofDays(-30), 2, 1));
        OwnerReports.sendCompliant(sweep, "redaction-service");
        OwnerReports.sendCompliant(sweep, "rights-service");

        assertEquals(SweepJob.NON_COMPLIANT, exit.get(30, TimeUnit.SECONDS), "R8: held items do not cover an unheld one");
        var printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("NON_COMPLIANT"), printed);
        assertTrue(printed.contains("expired unheld 1"), printed);
    }

    private int run(ByteArrayOutputStream out) {
        try {
            return job.run(new PrintStream(out, true, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static java.util.UUID awaitNewSweepAfter(String before) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !Objects.equals(before, newestSweepId()));
        return java.util.UUID.fromString(newestSweepId());
    }

    private static String newestSweepId() {
        List<String> ids = given().auth().oauth2(TestTokens.forRole("auditor")).queryParam("limit", 1).get("/api/v1/sweeps")
                .then().statusCode(200).extract().jsonPath().getList("id");
        return ids.isEmpty() ? null : ids.getFirst();
    }
}
