package fi.servicedesk.suite;

import fi.servicedesk.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R8.1–R8.3 across the suite: one sweep reaches every owner and comes back compliant. */
class RetentionSweepAcrossOwnersTest {

    private static RunningSuite suite;

    @BeforeAll
    static void startSuite() {
        suite = RunningSuite.get();
    }

    @Test
    void sweepAThirteenMonthsAheadDeletesExpiredDataAndEveryOwnerReports() {
        var conversation = "conv-" + UUID.randomUUID();
        var body = """
                {"type":"chat.message","conversationId":"%s","messageId":"m-%s","sentAt":"2026-11-20T08:15:02Z",
                 "sender":{"role":"END_USER","name":"Aino Aging","email":"aino.%s@example.com"},"text":"Tulostin jumissa"}"""
                .formatted(conversation, UUID.randomUUID(), UUID.randomUUID());
        Webhooks.json(suite.secrets.get("INGEST_WEBHOOK_SECRET_CHAT"), body)
                .post(suite.url("ingest") + "/webhooks/chat").then().statusCode(200);

        var asOf = Instant.now().plus(Duration.ofDays(400)).toString();
        var sweep = given().auth().oauth2(TestTokens.forRole("dpo")).contentType("application/json")
                .body(Map.of("asOf", asOf))
                .post(suite.url("retention") + "/api/v1/sweeps").then().statusCode(202).extract().path("id").toString();

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> !"RUNNING".equals(
                given().auth().oauth2(TestTokens.forRole("auditor")).get(suite.url("retention") + "/api/v1/sweeps/" + sweep).path("status")));
        var result = given().auth().oauth2(TestTokens.forRole("auditor")).get(suite.url("retention") + "/api/v1/sweeps/" + sweep)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("COMPLIANT", result.getString("status"), result.prettify());
        List<Map<String, Object>> owners = result.getList("owners");
        assertEquals(3, owners.size());
        assertTrue(owners.stream().allMatch(o -> "REPORTED".equals(o.get("status"))), owners.toString());
        assertTrue(given().auth().oauth2(TestTokens.forRole("dispute-handler"))
                .queryParam("email", body.replaceAll("(?s).*\"email\":\"([^\"]+)\".*", "$1")).queryParam("reason", "suite test")
                .get(suite.url("ingest") + "/api/v1/contacts").then().statusCode(200).extract().jsonPath().getList("$").isEmpty(),
                "the expired contact is gone");
    }
}
