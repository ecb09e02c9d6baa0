package fi.servicedesk.rights;

import fi.servicedesk.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The DPO portal in tests: signed dpo tokens and the steps of a case through the real API. */
public final class Dpo {

    private Dpo() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification dpo() {
        return as("dpo");
    }

    /** A subject no other test uses. */
    public static String subject() {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        return """
                {"name":"Maija Testinen %1$s","email":"maija.%1$s@example.com","phone":"+35840%2$s"}"""
                .formatted(tag, Math.abs(tag.hashCode()) % 10_000_000);
    }

    public static JsonPath open(String type, String subject) {
        return dpo().body("{\"type\":\"%s\",\"subject\":%s,\"channel\":\"email\"}".formatted(type, subject))
                .post("/api/v1/requests").then().statusCode(201).extract().jsonPath();
    }

    /** A case of {@code type} whose every identifier has been verified. */
    public static String verified(String type, String subject) {
        var id = open(type, subject).getString("id");
        dpo().body("{\"verified\":[\"name\",\"email\",\"phone\"],\"method\":\"SSO_LOGIN\"}")
                .post("/api/v1/requests/{id}/verification", id).then().statusCode(200);
        return id;
    }

    /** A case of {@code type}, verified and executed: its command is on its way to the owners. */
    public static String executing(String type, String subject) {
        var id = verified(type, subject);
        dpo().post("/api/v1/requests/{id}/execute", id).then().statusCode(202);
        return id;
    }

    /** When the service recorded {@code action} by {@code by} in the case's history: its own clock, no polling delay in it. */
    public static Instant historyAt(JsonPath c, String action, String by) {
        return Instant.parse(c.getString("history.find { it.action == '%s' && it.by == '%s' }.at".formatted(action, by)));
    }

    public static JsonPath get(String id) {
        return dpo().get("/api/v1/requests/{id}", id).then().statusCode(200).extract().jsonPath();
    }
}
