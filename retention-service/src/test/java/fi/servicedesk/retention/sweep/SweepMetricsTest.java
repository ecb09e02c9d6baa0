package fi.servicedesk.retention.sweep;

import fi.servicedesk.testsupport.Management;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The figures an alert needs when retention falls behind (issue #5, Observability). */
@QuarkusTest
class SweepMetricsTest {

    @Inject
    SweepMetrics metrics;

    @Test
    void aCompliantSweepShowsInTheDeletedCountsAndTheLastCompliantTime() {
        var sweep = SweepApi.start("{}");
        List.of("ingest-service", "redaction-service", "rights-service").forEach(o -> OwnerReports.sendCompliant(sweep, o));
        var finished = SweepApi.finished(sweep.id());
        metrics.refresh();

        var scraped = given().get(Management.url("/metrics")).then().statusCode(200).extract().asString();
        var lastCompliant = Pattern.compile("(?m)^retention_last_compliant_sweep_timestamp_seconds\\S* (\\S+)$").matcher(scraped);
        assertTrue(lastCompliant.find(), scraped);
        assertTrue(Double.parseDouble(lastCompliant.group(1)) >= finished.finishedAt().getEpochSecond(), lastCompliant.group());
        assertTrue(scraped.matches("(?s).*retention_items_deleted_total\\{category=\"corpus\".*"), "deleted per category");
        assertTrue(scraped.contains("retention_items_held{category=\"recording\""), "held per category");
        assertTrue(scraped.contains("retention_oldest_remaining_age_seconds{category=\"contact\""), "oldest age per category");
        assertTrue(scraped.contains("retention_sweep_duration_seconds_count{status=\"COMPLIANT\""), "sweep duration");
    }
}
