package fi.servicedesk.rights.saga;

import fi.servicedesk.testsupport.Management;
import fi.servicedesk.rights.Dpo;
import fi.servicedesk.rights.Owners;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static fi.servicedesk.rights.Dpo.dpo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DESIGN §5: an owner that does not answer in time is visible on the case, in the queue and in the metrics. */
@QuarkusTest
@TestProfile(OwnerTimeoutTest.ShortTimeout.class)
class OwnerTimeoutTest {

    @Test
    void silentOwnerShowsOverdueOnTheCaseTheQueueAndTheMetricsAndMayStillAnswer() {
        var id = Dpo.executing("ERASURE", Dpo.subject());
        Owners.answer(Owners.INGEST, id, "ERASURE", List.of(Map.of("category", "contact", "count", 1)), List.of(), null);

        await().atMost(Duration.ofSeconds(20)).until(() -> "OVERDUE".equals(Dpo.get(id).getString("owners[1].status")));
        var c = Dpo.get(id);
        assertEquals("ANSWERED", c.getString("owners[0].status"));
        assertEquals("EXECUTING", c.getString("status"));
        assertTrue(c.getList("history.action").contains("OWNER_OVERDUE"));
        dpo().get("/api/v1/requests?overdue=true").then().body("id", hasItem(id));
        var metrics = given().get(Management.url("/metrics")).then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("rights_owners_overdue"), "gauge exported");
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("rights_owners_timed_out_total") && !l.endsWith(" 0.0")),
                "counter counts the time-out");

        Owners.answer(Owners.REDACTION, id, "ERASURE", List.of(), List.of(), "late but done");
        await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(Dpo.get(id).getString("status")));
    }

    public static class ShortTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rights.owner-timeout", "PT2S", "rights.overdue-check-every", "1s");
        }
    }
}
