package fi.servicedesk.retention.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class HealthTest {

    @Test
    void readinessIsOpenAndUpWithDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void unknownApiPathIsANotFoundProblem() {
        given().get("/api/v1/no-such-thing").then().statusCode(404);
    }
}
