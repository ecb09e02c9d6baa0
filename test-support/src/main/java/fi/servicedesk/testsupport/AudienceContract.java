package fi.servicedesk.testsupport;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.restassured.RestAssured.given;

/**
 * R9.2, for every service: a token is accepted only when issued for the service's own audience
 * ({@code quarkus.oidc.token.audience}); one for another service, or for none, gets 401. Each
 * service's {@code AudienceTest} names its audience and one endpoint a role may read.
 */
public abstract class AudienceContract {

    private final String audience;
    private final String role;
    private final String path;

    protected AudienceContract(String audience, String role, String path) {
        this.audience = audience;
        this.role = role;
        this.path = path;
    }

    @Test
    void acceptsATokenForItsOwnAudience() {
        given().auth().oauth2(TestTokens.forRole(role, audience)).get(path).then().statusCode(200);
    }

    @Test
    void refusesATokenForEveryOtherService() {
        for (var other : TestTokens.EVERY_SERVICE) {
            if (!other.equals(audience)) {
                given().auth().oauth2(TestTokens.forRole(role, other)).get(path).then().statusCode(401);
            }
        }
    }

    @Test
    void refusesATokenForNoService() {
        given().auth().oauth2(TestTokens.forAudiences(Set.of(), role + "-user", role)).get(path).then().statusCode(401);
    }
}
