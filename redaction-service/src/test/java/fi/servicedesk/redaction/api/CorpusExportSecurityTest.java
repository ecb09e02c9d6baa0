package fi.servicedesk.redaction.api;

import fi.servicedesk.testsupport.Management;
import fi.servicedesk.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class CorpusExportSecurityTest {

    @Test
    void exportWithoutTokenIsUnauthorizedProblem() {
        given().get("/api/v1/corpus/export")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void exportWithAnotherRoleIsForbiddenProblem() {
        given().auth().oauth2(TestTokens.forRole("dispute-handler"))
                .get("/api/v1/corpus/export")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void exportForBotDeveloperIsNdjson() {
        given().auth().oauth2(TestTokens.forRole("bot-developer"))
                .get("/api/v1/corpus/export?limit=5")
                .then().statusCode(200)
                .contentType("application/x-ndjson");
    }

    @Test
    void invalidLimitIsABadRequestProblem() {
        given().auth().oauth2(TestTokens.forRole("bot-developer"))
                .get("/api/v1/corpus/export?limit=0")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void healthStaysOpen() {
        given().get(Management.url("/health/ready")).then().statusCode(200);
    }
}
