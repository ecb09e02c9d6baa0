package fi.servicedesk.rights.portal;

import fi.servicedesk.rights.Dpo;
import fi.servicedesk.rights.Owners;
import fi.servicedesk.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #13: on the case page an owner past its time-out is flagged, beside the one that answered. */
@QuarkusTest
@TestProfile(PortalOwnerTimeoutTest.ShortTimeout.class)
class PortalOwnerTimeoutTest {

    @Test
    void anOwnerPastItsTimeOutIsFlaggedOnTheCasePage() {
        var id = Dpo.executing("ERASURE", Dpo.subject());
        Owners.answer(Owners.INGEST, id, "ERASURE", List.of(Map.of("category", "contact", "count", 1)), List.of(), null);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var html = given().auth().oauth2(TestTokens.forRole("auditor")).get("/portal/cases/{id}", id)
                    .then().statusCode(200).extract().asString();
            assertTrue(html.contains("<tr class=\"overdue\"><th scope=\"row\">redaction-service</th><td>Past its time-out</td>"), html);
            assertTrue(html.contains("<tr class=\"\"><th scope=\"row\">ingest-service</th><td>Answered</td>"), html);
        });
    }

    /** Owners have two seconds to answer. */
    public static class ShortTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rights.owner-timeout", "PT2S", "rights.overdue-check-every", "1s");
        }
    }
}
