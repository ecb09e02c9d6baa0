package fi.servicedesk.retention.messaging;

import fi.servicedesk.retention.events.Topics;
import fi.servicedesk.testsupport.KafkaTestClient;
import fi.servicedesk.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** DESIGN §3: a committed outbox row goes out at once, not only when the relay's schedule comes round. */
@QuarkusTest
@TestProfile(OutboxWakeTest.NoSchedule.class)
class OutboxWakeTest {

    @Test
    void aSweepRequestIsPublishedOnCommitWithTheScheduledRelayOff() {
        var id = given().auth().oauth2(TestTokens.forRole("dpo")).contentType("application/json").body("{}")
                .post("/api/v1/sweeps").then().statusCode(202).extract().path("id").toString();

        var requests = KafkaTestClient.await(Topics.SWEEPS, r -> id.equals(r.key()), 1, Duration.ofSeconds(20));
        assertEquals(1, requests.size(), "published by the wake-up after the commit; the schedule is off");
    }

    public static class NoSchedule implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("servicedesk.outbox.relay-every", "off");
        }
    }
}
