package fi.servicedesk.rights.holds;

import fi.servicedesk.rights.Dpo;
import fi.servicedesk.rights.events.LegalHoldLifted;
import fi.servicedesk.rights.events.LegalHoldPlaced;
import fi.servicedesk.rights.events.Topics;
import fi.servicedesk.testsupport.ClearText;
import fi.servicedesk.testsupport.CommandContract;
import fi.servicedesk.testsupport.ContractCatalog;
import fi.servicedesk.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static fi.servicedesk.rights.Dpo.dpo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R3.1: holds for disputes, published to the owners on privacy.requests.v1. */
@QuarkusTest
class LegalHoldsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void holdOnAContactIsListedAndPublishedAsAValidEvent() {
        var contactId = UUID.randomUUID().toString();
        var holdId = dpo().body("{\"contactId\":\"%s\",\"reason\":\"Dispute DSP-2026-014\"}".formatted(contactId))
                .post("/api/v1/holds").then().statusCode(201)
                .body("contactId", equalTo(contactId))
                .body("placedBy", equalTo("dpo-user"))
                .extract().<String>path("id");

        dpo().get("/api/v1/holds").then().statusCode(200).body("id", hasItem(holdId));
        var placed = KafkaTestClient.await(Topics.REQUESTS, r -> holdId.equals(r.key()), 1, WAIT);
        assertEquals(1, placed.size());
        assertEquals(LegalHoldPlaced.TYPE, KafkaTestClient.header(placed.getFirst(), "ce_type"));
        ContractCatalog.assertValid(LegalHoldPlaced.TYPE, placed.getFirst().value());
    }

    @Test
    void holdOnASubjectIsValidAndKeepsTheSubjectSealedButReadable() {
        var email = "held." + UUID.randomUUID() + "@example.com";
        var holdId = dpo().body("{\"subject\":{\"email\":\"%s\"},\"reason\":\"Dispute DSP-2026-015\"}".formatted(email))
                .post("/api/v1/holds").then().statusCode(201)
                .body("subject.email", equalTo(email))
                .extract().<String>path("id");
        var placed = KafkaTestClient.await(Topics.REQUESTS, r -> holdId.equals(r.key()), 1, WAIT).getFirst();
        ContractCatalog.assertValid(LegalHoldPlaced.TYPE, placed.value());
        assertFalse(placed.value().contains(email), "no identifier in clear on the topic (issue 12)");
        assertTrue(placed.value().contains(CommandContract.hash("email", email)), "the subject by its matching hash");
    }

    /** Issue 12: a dispute's reason may name people; it stays in rights, sealed, and only the DPO's API shows it. */
    @Test
    void theReasonStaysSealedInRightsAndNeverTravels() {
        var name = "Aino Riitaoja" + UUID.randomUUID().toString().substring(0, 8);
        var reason = "Dispute DSP-2026-016: " + name + " contests the bill";
        var holdId = dpo().body("{\"subject\":{\"email\":\"held.%s@example.com\"},\"reason\":\"%s\"}".formatted(UUID.randomUUID(), reason))
                .post("/api/v1/holds").then().statusCode(201)
                .body("reason", equalTo(reason))
                .extract().<String>path("id");
        dpo().get("/api/v1/holds").then().statusCode(200).body("find { it.id == '%s' }.reason".formatted(holdId), equalTo(reason));

        var placed = KafkaTestClient.await(Topics.REQUESTS, r -> holdId.equals(r.key()), 1, WAIT).getFirst();
        ContractCatalog.assertValid(LegalHoldPlaced.TYPE, placed.value());
        assertFalse(placed.value().contains(name), "the reason is not on privacy.requests.v1: " + placed.value());
        assertEquals(List.of(), ClearText.inDatabase("rights_test", List.of(name)), "nor in clear in any file of rights' database");
    }

    /** R9.2: a hold names a subject and a reason that may name people: reading holds is an audited read. */
    @Test
    void readingHoldsIsAudited() {
        var holdId = dpo().body("{\"contactId\":\"%s\",\"reason\":\"Dispute DSP-2026-017\"}".formatted(UUID.randomUUID()))
                .post("/api/v1/holds").then().statusCode(201).extract().<String>path("id");
        var why = "audit of dispute holds " + UUID.randomUUID();

        dpo().queryParam("reason", why).get("/api/v1/holds").then().statusCode(200)
                .body("find { it.id == '%s' }.reason".formatted(holdId), equalTo("Dispute DSP-2026-017"));
        dpo().get("/api/v1/holds").then().statusCode(200);

        var entries = Dpo.as("auditor").queryParam("limit", 1000).get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
        assertEquals("dpo-user", entries.getString("find { it.holdId == '%s' && it.reason == '%s' }.who".formatted(holdId, why)));
        assertEquals("HOLDS", entries.getString("find { it.holdId == '%s' && it.reason == '%s' }.action".formatted(holdId, why)));
        assertEquals("handling the data-subject request (R10.5)",
                entries.getString("find { it.holdId == '%s' && it.reason != '%s' }.reason".formatted(holdId, why)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"name, 201", "email, 255", "username, 129", "phone, 33"})
    void anIdentifierTooLongToEverBeSentIsABadRequestThatChangesNothing(String identifier, int length) {
        int holdsBefore = dpo().get("/api/v1/holds").then().statusCode(200).extract().path("size()");
        var tooLong = "x".repeat(length);

        dpo().body("{\"subject\":{\"%s\":\"%s\"},\"reason\":\"Dispute\"}".formatted(identifier, tooLong))
                .post("/api/v1/holds").then().statusCode(400).contentType("application/problem+json");

        // The hold and its event are written in one transaction (the outbox): no hold, no event.
        dpo().get("/api/v1/holds").then().statusCode(200).body("size()", equalTo(holdsBefore));
    }

    @Test
    void liftingPublishesTheLiftOnceAndASecondLiftIsAConflict() {
        var holdId = dpo().body("{\"contactId\":\"%s\",\"reason\":\"Dispute settled later\"}".formatted(UUID.randomUUID()))
                .post("/api/v1/holds").then().statusCode(201).extract().<String>path("id");

        dpo().delete("/api/v1/holds/{id}", holdId).then().statusCode(200)
                .body("liftedAt", notNullValue()).body("liftedBy", equalTo("dpo-user"));
        dpo().delete("/api/v1/holds/{id}", holdId).then().statusCode(409).contentType("application/problem+json");
        dpo().delete("/api/v1/holds/{id}", UUID.randomUUID()).then().statusCode(404);

        var events = KafkaTestClient.await(Topics.REQUESTS, r -> holdId.equals(r.key()), 2, WAIT);
        assertEquals(2, events.size(), "placed, then lifted once");
        assertEquals(LegalHoldLifted.TYPE, KafkaTestClient.header(events.get(1), "ce_type"));
        ContractCatalog.assertValid(LegalHoldLifted.TYPE, events.get(1).value());
    }

    @Test
    void holdNeedsExactlyOneTargetAndAReason() {
        dpo().body("{\"reason\":\"nothing to hold\"}").post("/api/v1/holds").then().statusCode(400);
        dpo().body("{\"contactId\":\"%s\",\"subject\":{\"email\":\"a@example.com\"},\"reason\":\"both\"}".formatted(UUID.randomUUID()))
                .post("/api/v1/holds").then().statusCode(400);
        dpo().body("{\"subject\":{\"email\":\" \"},\"reason\":\"blank\"}").post("/api/v1/holds").then().statusCode(400);
        dpo().body("{\"contactId\":\"%s\"}".formatted(UUID.randomUUID())).post("/api/v1/holds").then().statusCode(400)
                .contentType("application/problem+json");
        dpo().body("{\"contactId\":\"not-a-uuid\",\"reason\":\"x\"}").post("/api/v1/holds").then().statusCode(400);
    }
}
