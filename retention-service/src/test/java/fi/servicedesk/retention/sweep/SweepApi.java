package fi.servicedesk.retention.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.testsupport.TestTokens;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** The sweep API as a DPO and an auditor call it in tests. */
final class SweepApi {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private SweepApi() {
    }

    static SweepView start(String body) {
        return view(given().auth().oauth2(TestTokens.forRole("dpo")).contentType("application/json").body(body)
                .post("/api/v1/sweeps").then().statusCode(202).extract().asString());
    }

    static SweepView get(UUID id) {
        return view(given().auth().oauth2(TestTokens.forRole("auditor")).get("/api/v1/sweeps/" + id)
                .then().statusCode(200).extract().asString());
    }

    static SweepView view(String json) {
        try {
            return JSON.readValue(json, SweepView.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not a sweep: " + json, e);
        }
    }

    /** Waits until the sweep is judged (all reports in, or the test profile's short time-out). */
    static SweepView finished(UUID id) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !"RUNNING".equals(get(id).status()));
        return get(id);
    }
}
