package fi.servicedesk.retention.policy;

import fi.servicedesk.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class PolicyResourceTest {

    @Test
    void policyShowsEveryCategoryWithItsPeriodAndRequirement() {
        given().auth().oauth2(TestTokens.forRole("dpo")).get("/api/v1/policy")
                .then().statusCode(200)
                .body("categories.category", contains("contact", "message", "recording", "corpus", "rights-case", "audit"))
                .body("categories.period", contains("P12M", "P12M", "P3M", "P12M", "P3Y", "P2Y"))
                .body("categories.find { it.category == 'contact' }.requirement", equalTo("R8.1"))
                .body("categories.find { it.category == 'recording' }.requirement", equalTo("R8.3"))
                .body("categories.find { it.category == 'corpus' }.requirement", equalTo("R8.2"))
                .body("owners.service", contains("ingest-service", "redaction-service", "rights-service"))
                .body("owners.find { it.service == 'ingest-service' }.categories",
                        contains("contact", "message", "recording", "audit"));
    }

    @Test
    void auditorsMayReadThePolicyButOtherRolesMayNot() {
        given().auth().oauth2(TestTokens.forRole("auditor")).get("/api/v1/policy").then().statusCode(200);
        given().auth().oauth2(TestTokens.forRole("dispute-handler")).get("/api/v1/policy")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/policy").then().statusCode(401);
    }
}
