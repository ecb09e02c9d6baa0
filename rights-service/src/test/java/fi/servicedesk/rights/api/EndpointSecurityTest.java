package fi.servicedesk.rights.api;

import fi.servicedesk.rights.Dpo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;

/** R9.2: every endpoint names its roles; no token is 401, a role without the duty is 403. */
@QuarkusTest
class EndpointSecurityTest {

    private static final String ANY_ID = "00000000-0000-4000-8000-000000000001";

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyEndpoint")
    void withoutTokenIsAnUnauthorizedProblem(String method, String path) {
        call(given().contentType(ContentType.JSON).body("{}"), method, path)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyEndpoint")
    void otherRolesAreForbidden(String method, String path) {
        for (var role : new String[]{"dispute-handler", "bot-developer"}) {
            call(Dpo.as(role).body("{}"), method, path)
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("actionsAndPersonalData")
    void auditorMayNotActOrDownloadPersonalData(String method, String path) {
        call(Dpo.as("auditor").body("{}"), method, path).then().statusCode(403);
    }

    @Test
    void auditorListsCases() {
        Dpo.as("auditor").get("/api/v1/requests").then().statusCode(200).body("$", instanceOf(List.class));
    }

    @Test
    void auditorAskingForAnUnknownCaseGetsNotFound() {
        Dpo.as("auditor").get("/api/v1/requests/" + ANY_ID).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void auditorReadsAnExistingCase() {
        var id = Dpo.open("ACCESS", Dpo.subject()).getString("id");
        Dpo.as("auditor").get("/api/v1/requests/{id}", id).then().statusCode(200).body("id", equalTo(id));
        Dpo.as("auditor").get("/api/v1/requests/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    static Stream<Arguments> everyEndpoint() {
        return Stream.concat(Stream.of(
                Arguments.of("GET", "/api/v1/requests"),
                Arguments.of("GET", "/api/v1/requests/" + ANY_ID)), actionsAndPersonalData());
    }

    /** What changes a case or a hold, or reads a subject's data: dpo only. */
    static Stream<Arguments> actionsAndPersonalData() {
        return Stream.of(
                Arguments.of("POST", "/api/v1/requests"),
                Arguments.of("POST", "/api/v1/requests/" + ANY_ID + "/verification"),
                Arguments.of("DELETE", "/api/v1/requests/" + ANY_ID + "/subject/email"),
                Arguments.of("POST", "/api/v1/requests/" + ANY_ID + "/execute"),
                Arguments.of("POST", "/api/v1/requests/" + ANY_ID + "/extension"),
                Arguments.of("POST", "/api/v1/requests/" + ANY_ID + "/reject"),
                Arguments.of("GET", "/api/v1/requests/" + ANY_ID + "/package"),
                Arguments.of("POST", "/api/v1/holds"),
                Arguments.of("GET", "/api/v1/holds"),
                Arguments.of("DELETE", "/api/v1/holds/" + ANY_ID));
    }

    private static io.restassured.response.Response call(RequestSpecification request, String method, String path) {
        return request.request(method, path);
    }
}
