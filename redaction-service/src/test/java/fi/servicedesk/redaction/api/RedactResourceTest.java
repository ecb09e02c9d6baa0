package fi.servicedesk.redaction.api;

import fi.servicedesk.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class RedactResourceTest {

    @Test
    void redactsWithUtf16OffsetsIntoTheInput() {
        // "😀" is two UTF-16 units, so the address starts at 9, not 8.
        as("bot-developer").body(Map.of("text", "Moi 😀 – a@example.fi ja Anna", "knownIdentifiers", new String[]{"Anna Laine"}))
                .post("/api/v1/redact")
                .then().statusCode(200)
                .body("text", equalTo("Moi 😀 – [EMAIL_1] ja [NAME_1]"))
                .body("entities", hasSize(2))
                .body("entities[0].type", equalTo("EMAIL"))
                .body("entities[0].start", equalTo(9))
                .body("entities[0].end", equalTo(21))
                .body("entities[0].placeholder", equalTo("[EMAIL_1]"))
                .body("entities[1].type", equalTo("NAME"));
    }

    @Test
    void theDpoMayRedactToo() {
        as("dpo").body(Map.of("text", "soita 040 123 4567", "language", "fi"))
                .post("/api/v1/redact")
                .then().statusCode(200)
                .body("text", equalTo("soita [PHONE_1]"));
    }

    @Test
    void withoutTokenIsUnauthorized() {
        given().contentType("application/json").body(Map.of("text", "x")).post("/api/v1/redact")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anotherRoleIsForbidden() {
        as("dispute-handler").body(Map.of("text", "x")).post("/api/v1/redact")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{\"text\": \"\"}", "{\"text\": {\"a\": 1}}", "{\"text\": \"x\", \"knownIdentifiers\": \"x\"}",
            "{\"text\": \"x\", \"language\": \"sv\"}", "{}", ""})
    void badInputIsABadRequestProblem(String body) {
        as("bot-developer").body(body).post("/api/v1/redact")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }

    @Test
    void textOver64KibIsTooLarge() {
        as("bot-developer").body(Map.of("text", "a".repeat(64 * 1024 + 1))).post("/api/v1/redact")
                .then().statusCode(413).contentType("application/problem+json");
    }

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole(role)).contentType("application/json");
    }
}
