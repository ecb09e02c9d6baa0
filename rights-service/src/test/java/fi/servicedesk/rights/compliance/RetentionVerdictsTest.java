package fi.servicedesk.rights.compliance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.servicedesk.rights.Dpo;
import fi.servicedesk.testsupport.ContractCatalog;
import fi.servicedesk.testsupport.KafkaTestClient;
import fi.servicedesk.testsupport.Management;
import fi.servicedesk.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * retention-service's verdicts and policy (retention.verdicts.v1, DESIGN §4) over real Kafka: the
 * compliance page and its CSV show them, the records page takes its periods from the policy, and
 * the management port's metrics carry the last verdict and the cases past due to Prometheus.
 */
@QuarkusTest
class RetentionVerdictsTest {

    private static final String TOPIC = "retention.verdicts.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aNonCompliantVerdictThenACompliantOneReachThePageTheCsvAndTheMetrics() throws Exception {
        var failed = UUID.randomUUID();
        var failedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        send(verdict(failed, failedAt, "NON_COMPLIANT"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals("0.0", metric("retention_last_sweep_compliant")));
        assertEquals((double) failedAt.getEpochSecond(), Double.parseDouble(metric("retention_last_sweep_timestamp_seconds")));

        var html = page("/portal/compliance");
        var shown = html.substring(html.indexOf(failed.toString().substring(0, 8)));
        var caption = shown.substring(0, shown.indexOf("</caption>"));
        assertTrue(caption.contains("<strong class=\"verdict-bad\">Not compliant</strong>"), caption);
        assertTrue(caption.contains("did not report: redaction-service"), caption);
        var table = shown.substring(0, shown.indexOf("</table>"));
        assertTrue(table.matches("(?s).*Messages and transcripts.*Expired items remain.*Call recordings.*"), table);
        given().auth().oauth2(TestTokens.forRole("auditor")).get("/portal/compliance/sweeps.csv").then().statusCode(200)
                .header("Content-Disposition", containsString("retention-verdicts.csv"))
                .body(containsString("\"" + failed + "\",")).body(containsString("\"message\""))
                .body(org.hamcrest.Matchers.startsWith("\"sweep\",\"as_of\",\"finished_at\",\"verdict\""));

        var passed = UUID.randomUUID();
        var passedAt = failedAt.plusSeconds(5);
        send(verdict(passed, passedAt, "COMPLIANT"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals("1.0", metric("retention_last_sweep_compliant")));
        assertEquals((double) passedAt.getEpochSecond(),
                Double.parseDouble(metric("retention_last_compliant_sweep_timestamp_seconds")));
    }

    @Test
    void theRecordsPageTakesItsPeriodsFromTheLatestAnnouncedPolicy() throws Exception {
        var newest = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        send(policy(newest, "P18M"));
        // An older announcement, delivered later, does not replace it.
        send(policy(newest.minus(Duration.ofDays(2)), "P6M"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertTrue(page("/portal/records")
                .contains("Contacts: 18 months from when the item was stored (R8.1)")));
        var html = page("/portal/records");
        assertTrue(html.contains("Call recordings: 3 months from when the item was stored (R8.3)"), html);
        assertTrue(html.contains("As announced by retention-service on"), html);
        given().auth().oauth2(TestTokens.forRole("dpo")).header("Accept-Language", "fi").get("/portal/records").then()
                .body(containsString("Yhteydenotot: 18 kuukautta tiedon tallentamisesta (R8.1)"));
    }

    @Test
    void anOpenCasePastItsDueDateIsCountedForTheOverdueAlert() {
        var before = Double.parseDouble(metric("rights_cases_overdue"));
        var received = Instant.now().minus(Duration.ofDays(70)).truncatedTo(ChronoUnit.SECONDS);
        Dpo.dpo().body("{\"type\":\"ACCESS\",\"subject\":%s,\"channel\":\"letter\",\"receivedAt\":\"%s\"}"
                .formatted(Dpo.subject(), received)).post("/api/v1/requests").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertTrue(Double.parseDouble(metric("rights_cases_overdue")) >= before + 1));
    }

    @Test
    void theContractsExamplesAreWhatThisServiceKeeps() throws Exception {
        var id = UUID.randomUUID();
        var example = (ObjectNode) JSON.readTree(ContractCatalog.example("fi.servicedesk.retention.sweep-verdict.v1"));
        example.put("sweepId", id.toString());
        KafkaTestClient.sendCloudEvent(TOPIC, id.toString(), UUID.randomUUID().toString(),
                "fi.servicedesk.retention.sweep-verdict.v1", example.toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertTrue(page("/portal/compliance").contains(id.toString().substring(0, 8))));
    }

    private static String verdict(UUID sweep, Instant finishedAt, String verdict) throws Exception {
        var event = (ObjectNode) JSON.readTree(ContractCatalog.example("fi.servicedesk.retention.sweep-verdict.v1"));
        event.put("sweepId", sweep.toString()).put("finishedAt", finishedAt.toString()).put("verdict", verdict);
        var compliant = verdict.equals("COMPLIANT");
        event.withArray("categories").forEach(c -> {
            if (compliant) {
                ((ObjectNode) c).put("expiredUnheld", 0).put("expiredRemains", false);
            }
        });
        event.putArray("missingOwners");
        if (!compliant) {
            event.withArray("missingOwners").add("redaction-service");
        }
        ContractCatalog.assertValid("fi.servicedesk.retention.sweep-verdict.v1", event.toString());
        return event.toString();
    }

    private static String policy(Instant announcedAt, String contactPeriod) throws Exception {
        var event = (ObjectNode) JSON.readTree(ContractCatalog.example("fi.servicedesk.retention.policy-announced.v1"));
        event.put("announcedAt", announcedAt.toString());
        event.withArray("categories").forEach(c -> {
            if (c.path("category").asText().equals("contact")) {
                ((ObjectNode) c).put("period", contactPeriod);
            }
        });
        ContractCatalog.assertValid("fi.servicedesk.retention.policy-announced.v1", event.toString());
        return event.toString();
    }

    private static void send(String data) {
        var type = data.contains("\"verdict\"") ? "fi.servicedesk.retention.sweep-verdict.v1"
                : "fi.servicedesk.retention.policy-announced.v1";
        KafkaTestClient.sendCloudEvent(TOPIC, UUID.randomUUID().toString(), UUID.randomUUID().toString(), type, data);
    }

    private static String page(String path) {
        return given().auth().oauth2(TestTokens.forRole("auditor")).header("Accept-Language", "en").get(path)
                .then().statusCode(200).extract().asString();
    }

    /** The value of an unlabelled gauge on the management port's Prometheus page. */
    static String metric(String name) {
        var text = given().get(Management.url("/metrics")).then().statusCode(200).extract().asString();
        var matcher = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? (\\S+)$").matcher(text);
        assertTrue(matcher.find(), name + " is exported");
        return matcher.group(1);
    }
}
