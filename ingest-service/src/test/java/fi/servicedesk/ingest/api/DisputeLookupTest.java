package fi.servicedesk.ingest.api;

import fi.servicedesk.ingest.Chats;
import fi.servicedesk.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** R3.1, R9.2: the dispute look-up, by role, always with a reason, and audited. */
@QuarkusTest
class DisputeLookupTest {

    @Inject
    EntityManager entityManager;

    @Test
    void phoneInAnyWrittenFormFindsTheContactsAndTheReadIsAudited() {
        var person = Chats.newPerson();
        var conversation = person.says("conv-" + UUID.randomUUID(), "Ensimmäinen viesti");
        person.says(conversation, "Toinen viesti");
        var contactId = Chats.contactIdOf(entityManager, conversation).toString();
        var reason = "Dispute " + UUID.randomUUID();
        var writtenPhone = "0" + person.phone().substring(4, 6) + " " + person.phone().substring(6);

        given().auth().oauth2(TestTokens.forRole("dispute-handler"))
                .queryParam("phone", writtenPhone).queryParam("reason", reason)
                .get("/api/v1/contacts")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].id", equalTo(contactId))
                .body("[0].subject.email", equalTo(person.email()))
                .body("[0].messageCount", equalTo(2));
        given().auth().oauth2(TestTokens.forRole("dpo"))
                .queryParam("reason", reason)
                .get("/api/v1/contacts/" + contactId)
                .then().statusCode(200)
                .body("messages.text", equalTo(java.util.List.of("Ensimmäinen viesti", "Toinen viesti")))
                .body("messages.seq", equalTo(java.util.List.of(1, 2)));

        given().auth().oauth2(TestTokens.forRole("auditor"))
                .get("/api/v1/audit")
                .then().statusCode(200)
                .body("findAll { it.reason == '%s' }.who".formatted(reason), hasItem("dispute-handler-user"))
                .body("findAll { it.reason == '%s' }.contactId".formatted(reason), hasItem(contactId));
    }

    /** DESIGN §6: the look-up by body answers as the GET does and is audited alike; no identifier in its URL. */
    @Test
    void searchWithTheIdentifiersInTheBodyAnswersAsTheDeprecatedGetAndIsAudited() {
        var person = Chats.newPerson();
        var conversation = person.says("conv-" + UUID.randomUUID(), "Viesti");
        var contactId = Chats.contactIdOf(entityManager, conversation).toString();
        var reason = "Dispute " + UUID.randomUUID();

        var byBody = given().auth().oauth2(TestTokens.forRole("dispute-handler")).contentType("application/json")
                .body("{\"email\":\"%s\",\"reason\":\"%s\"}".formatted(person.email().toUpperCase(), reason))
                .post("/api/v1/contacts/search")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].id", equalTo(contactId))
                .extract().asString();
        var byQuery = given().auth().oauth2(TestTokens.forRole("dispute-handler"))
                .queryParam("email", person.email()).queryParam("reason", reason)
                .get("/api/v1/contacts")
                .then().statusCode(200).header("Deprecation", equalTo("true"))
                .extract().asString();
        assertEquals(byQuery, byBody, "the same answer");

        given().auth().oauth2(TestTokens.forRole("auditor")).get("/api/v1/audit").then().statusCode(200)
                .body("findAll { it.reason == '%s' }.contactId".formatted(reason), hasSize(2))
                .body("findAll { it.reason == '%s' }.who".formatted(reason), hasItem("dispute-handler-user"));
        given().auth().oauth2(TestTokens.forRole("dispute-handler")).contentType("application/json")
                .body("{\"email\":\"%s\"}".formatted(person.email())).post("/api/v1/contacts/search")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("dispute-handler")).contentType("application/json")
                .body("{\"reason\":\"x\"}").post("/api/v1/contacts/search")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRole("bot-developer")).contentType("application/json")
                .body("{\"email\":\"a@example.com\",\"reason\":\"x\"}").post("/api/v1/contacts/search")
                .then().statusCode(403);
    }

    @Test
    void lookUpWithoutAReasonIsABadRequest() {
        given().auth().oauth2(TestTokens.forRole("dispute-handler"))
                .queryParam("email", "someone@example.com")
                .get("/api/v1/contacts")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void withoutATokenIs401AndWithAnotherRoleIs403() {
        given().queryParam("email", "a@example.com").queryParam("reason", "x")
                .get("/api/v1/contacts").then().statusCode(401);
        given().auth().oauth2(TestTokens.forRole("bot-developer"))
                .queryParam("email", "a@example.com").queryParam("reason", "x")
                .get("/api/v1/contacts").then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole("dispute-handler"))
                .get("/api/v1/audit").then().statusCode(403);
    }
}
