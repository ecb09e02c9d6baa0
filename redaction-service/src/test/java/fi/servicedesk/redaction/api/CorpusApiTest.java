package fi.servicedesk.redaction.api;

import fi.servicedesk.redaction.events.MessageCaptured;
import fi.servicedesk.testsupport.ContractCatalog;
import fi.servicedesk.testsupport.KafkaTestClient;
import fi.servicedesk.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CorpusApiTest {

    @Test
    void exportShowsPlaceholdersAndNoIdentifierAndResumesByCursor() {
        var contactId = UUID.randomUUID();
        var data = ContractCatalog.example(MessageCaptured.TYPE).replace("0b7f4a52-6c1e-4a43-9f0e-2d1b9d3a6c11", contactId.toString());
        KafkaTestClient.sendCloudEvent("servicedesk.interactions.v1", contactId.toString(), UUID.randomUUID().toString(),
                MessageCaptured.TYPE, data.replace("7d4c2a10-1f3b-4e7a-8c55-0a9e6b2d4f01", UUID.randomUUID().toString()));
        KafkaTestClient.sendCloudEvent("servicedesk.interactions.v1", contactId.toString(), UUID.randomUUID().toString(),
                MessageCaptured.TYPE, data.replace("7d4c2a10-1f3b-4e7a-8c55-0a9e6b2d4f01", UUID.randomUUID().toString())
                        .replace("\"sequence\": 1", "\"sequence\": 2"));

        await().atMost(Duration.ofSeconds(30)).until(() -> export(0, 100000).split("\n").length >= 2
                && export(0, 100000).contains("\"sequence\":2"));
        var all = export(0, 100000);
        assertFalse(all.contains("matti") || all.contains("Virtanen") || all.contains("040 123") || all.contains(contactId.toString()), all);
        assertTrue(all.contains("[EMAIL_1]") && all.contains("\"entityCounts\":{"), all);

        var first = given().auth().oauth2(TestTokens.forRole("bot-developer")).get("/api/v1/corpus/export?limit=1")
                .then().statusCode(200).extract();
        var cursor = Long.parseLong(first.header("X-Next-Cursor"));
        assertEquals(1, first.asString().strip().split("\n").length);
        assertTrue(first.asString().contains("\"cursor\":" + cursor));
        var next = export(cursor, 1);
        assertFalse(next.contains("\"cursor\":" + cursor + ","), next);
    }

    @Test
    void statsCountEachNewEntryAndItsEntitiesForBotDevelopersAndTheDpo() {
        var before = stats("dpo");
        long entries = before.getLong("entries");
        long emails = emails(before);
        var contactId = UUID.randomUUID().toString();
        var data = ContractCatalog.example(MessageCaptured.TYPE).replace("0b7f4a52-6c1e-4a43-9f0e-2d1b9d3a6c11", contactId)
                .replace("7d4c2a10-1f3b-4e7a-8c55-0a9e6b2d4f01", UUID.randomUUID().toString());
        KafkaTestClient.sendCloudEvent("servicedesk.interactions.v1", contactId, UUID.randomUUID().toString(), MessageCaptured.TYPE, data);

        await().atMost(Duration.ofSeconds(30)).until(() -> stats("bot-developer").getLong("entries") == entries + 1);
        var after = stats("dpo");
        assertEquals(entries + 1, after.getLong("entries"));
        assertEquals(emails + 1, emails(after), "the message's one e-mail address");
        assertEquals(entries + 1, after.<Number>getList("days.entries").stream().mapToLong(Number::longValue).sum(),
                "the days add up to the total");
    }

    @Test
    void statsNeedARoleThatMayReadTheCorpus() {
        given().get("/api/v1/corpus/stats").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("auditor")).get("/api/v1/corpus/stats").then().statusCode(403);
    }

    private static JsonPath stats(String role) {
        return given().auth().oauth2(TestTokens.forRole(role)).get("/api/v1/corpus/stats")
                .then().statusCode(200).extract().jsonPath();
    }

    private static long emails(JsonPath stats) {
        Map<String, Number> entities = stats.getMap("entities");
        return entities.getOrDefault("EMAIL", 0).longValue();
    }

    private static String export(long since, int limit) {
        return given().auth().oauth2(TestTokens.forRole("bot-developer"))
                .get("/api/v1/corpus/export?since=" + since + "&limit=" + limit)
                .then().statusCode(200).contentType("application/x-ndjson").extract().asString();
    }
}
