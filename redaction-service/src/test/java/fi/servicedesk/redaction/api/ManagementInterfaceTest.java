package fi.servicedesk.redaction.api;

import fi.servicedesk.testsupport.Management;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** DESIGN §6: health, metrics and OpenAPI only on the management interface; the public port answers problems. */
@QuarkusTest
class ManagementInterfaceTest {

    @Test
    void readinessIsUpWithDatabaseAndKafkaOnTheManagementPort() {
        given().get(Management.url("/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
        given().get(Management.url("/metrics")).then().statusCode(200);
        given().get(Management.url("/openapi")).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health/ready", "/q/metrics", "/q/openapi"})
    void managementEndpointsAreNotOnThePublicPort(String path) {
        given().get(path).then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void unknownApiPathIsANotFoundProblem() {
        given().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
