package fi.servicedesk.suite.running;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/**
 * Against the running local suite with Keycloak (see PortalBrowserTest for how to run it): the
 * services accept Keycloak's tokens (issuer, signature from its JWKS, roles from groups) only
 * for their own audience, which the token request's scope chooses.
 */
class KeycloakAudienceTest {

    private static final String KEYCLOAK = System.getenv().getOrDefault("SUITE_KEYCLOAK_URL", "http://127.0.0.1:8180");
    private static final String RIGHTS = System.getenv().getOrDefault("SUITE_RIGHTS_URL", "http://127.0.0.1:8084");
    private static final String INGEST = System.getenv().getOrDefault("SUITE_INGEST_URL", "http://127.0.0.1:8081");

    @Test
    void aKeycloakTokenIsAcceptedByTheServiceItWasIssuedForAndNoOther() {
        var forRights = token("auditor", "rights-service");
        given().auth().oauth2(forRights).get(RIGHTS + "/api/v1/requests").then().statusCode(200);
        given().auth().oauth2(forRights).get(INGEST + "/api/v1/audit").then().statusCode(401);

        var forIngest = token("auditor", "ingest-service");
        given().auth().oauth2(forIngest).get(INGEST + "/api/v1/audit").then().statusCode(200);
        given().auth().oauth2(forIngest).get(RIGHTS + "/api/v1/requests").then().statusCode(401);
    }

    @Test
    void theRolesComeFromKeycloak() {
        given().auth().oauth2(token("bot", "rights-service")).get(RIGHTS + "/api/v1/requests").then().statusCode(403);
        given().auth().oauth2(token("dpo", "rights-service")).get(RIGHTS + "/api/v1/holds").then().statusCode(200);
    }

    /** The user's access token for one audience: the password grant of the local client suite-cli. */
    private static String token(String user, String audience) {
        return given().formParam("grant_type", "password").formParam("client_id", "suite-cli")
                .formParam("username", user).formParam("password", SuiteSecrets.password(user))
                .formParam("scope", "openid " + audience)
                .post(KEYCLOAK + "/realms/servicedesk/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
