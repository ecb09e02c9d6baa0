package fi.servicedesk.retention.api;

import fi.servicedesk.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static io.restassured.RestAssured.given;

/** R9.2: retention-service accepts only tokens issued for it; a token for another service gets 401. */
@QuarkusTest
class AudienceTest {

    private static final String PATH = "/api/v1/policy";

    @Test
    void acceptsATokenForItsOwnAudience() {
        given().auth().oauth2(TestTokens.forRole("dpo", "retention-service"))
                .get(PATH).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "redaction-service", "rights-service"})
    void refusesATokenForAnotherService(String audience) {
        given().auth().oauth2(TestTokens.forRole("dpo", audience))
                .get(PATH).then().statusCode(401);
    }

    @Test
    void refusesATokenForNoService() {
        given().auth().oauth2(TestTokens.forAudiences(Set.of(), "dpo-user", "dpo"))
                .get(PATH).then().statusCode(401);
    }
}
