package fi.servicedesk.rights.cases;

import fi.servicedesk.rights.Dpo;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static fi.servicedesk.rights.Dpo.dpo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
class CaseApiTest {

    @Inject
    EntityManager entityManager;

    @Test
    void createdCaseHasTheContractShapeAndIsDueOneCalendarMonthAfterReceipt() {
        var subject = Dpo.subject();
        dpo().body("""
                        {"type":"ACCESS","subject":%s,"receivedAt":"2026-01-31T10:00:00Z","channel":"email","details":"All my chats"}"""
                        .formatted(subject))
                .post("/api/v1/requests")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/requests/"))
                .body("type", equalTo("ACCESS"))
                .body("status", equalTo("RECEIVED"))
                .body("subject.email", org.hamcrest.Matchers.startsWith("maija."))
                .body("subject.username", nullValue())
                .body("receivedAt", equalTo("2026-01-31T10:00:00Z"))
                // R10.6: one month in the Helsinki calendar; 31 January → 28 February.
                .body("dueAt", equalTo("2026-02-28T10:00:00Z"))
                .body("extended", equalTo(false))
                .body("verification", empty())
                .body("owners", empty())
                .body("history.action", contains("RECEIVED"))
                .body("history[0].by", equalTo("dpo-user"));
    }

    @Test
    void receivedAtDefaultsToNowAndDaysLeftCountsToTheDueDay() {
        var created = Dpo.open("ERASURE", Dpo.subject());
        var receivedAt = Instant.parse(created.getString("receivedAt"));
        assertFalse(receivedAt.isBefore(Instant.now().minusSeconds(60)), "received now");
        var daysLeft = created.getLong("daysLeft");
        assertEquals(true, daysLeft >= 28 && daysLeft <= 31, "a month ahead: " + daysLeft);
    }

    @Test
    void subjectWithoutAnyIdentifierIsABadRequestAndStoresNothing() {
        var before = caseCount();
        dpo().body("{\"type\":\"ACCESS\",\"subject\":{\"name\":\" \"}}")
                .post("/api/v1/requests")
                .then().statusCode(400).contentType("application/problem+json");
        dpo().body("{\"type\":\"ACCESS\"}")
                .post("/api/v1/requests")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("subject"));
        assertEquals(before, caseCount());
    }

    @Test
    void rectificationBelongsOnlyToRectificationRequests() {
        var subject = Dpo.subject();
        var before = caseCount();
        dpo().body("{\"type\":\"ERASURE\",\"subject\":%s,\"rectification\":{\"field\":\"email\",\"newValue\":\"x@example.com\"}}".formatted(subject))
                .post("/api/v1/requests").then().statusCode(400);
        dpo().body("{\"type\":\"RECTIFICATION\",\"subject\":%s}".formatted(subject))
                .post("/api/v1/requests").then().statusCode(400);
        dpo().body("{\"type\":\"RECTIFICATION\",\"subject\":%s,\"rectification\":{\"field\":\"shoeSize\",\"newValue\":\"42\"}}".formatted(subject))
                .post("/api/v1/requests").then().statusCode(400);
        dpo().body("{\"type\":\"RECTIFICATION\",\"subject\":%s,\"rectification\":{\"field\":\"email\",\"newValue\":\"\"}}".formatted(subject))
                .post("/api/v1/requests").then().statusCode(400);
        assertEquals(before, caseCount());

        dpo().body("{\"type\":\"RECTIFICATION\",\"subject\":%s,\"rectification\":{\"field\":\"email\",\"newValue\":\"new@example.com\"}}".formatted(subject))
                .post("/api/v1/requests").then().statusCode(201)
                .body("rectification.field", equalTo("email"))
                .body("rectification.newValue", equalTo("new@example.com"));
    }

    @Test
    void unknownTypeOrFutureReceiptIsABadRequest() {
        dpo().body("{\"type\":\"DELETE_ME\",\"subject\":%s}".formatted(Dpo.subject()))
                .post("/api/v1/requests").then().statusCode(400).contentType("application/problem+json");
        dpo().body("{\"type\":\"ACCESS\",\"subject\":%s,\"receivedAt\":\"2999-01-01T00:00:00Z\"}".formatted(Dpo.subject()))
                .post("/api/v1/requests").then().statusCode(400);
    }

    @Test
    void unknownCaseIsNotFound() {
        dpo().get("/api/v1/requests/{id}", UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void identifiersAreSealedAtRest() {
        var id = Dpo.open("ACCESS", Dpo.subject()).getString("id");
        var email = Dpo.get(id).getString("subject.email");
        byte[] stored = QuarkusTransaction.requiringNew().call(() -> (byte[]) entityManager
                .createNativeQuery("select personal_data from rights_case where id = :id")
                .setParameter("id", UUID.fromString(id)).getSingleResult());
        var raw = new String(stored, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains(email) || raw.contains("maija"), "identifiers must not be stored in clear");
    }

    @Test
    void caseIsVerifiedOnlyWhenEveryIdentifierItCarriesIsVerified() {
        var id = Dpo.open("ACCESS", Dpo.subject()).getString("id");

        dpo().body("{\"verified\":[\"email\"],\"method\":\"SSO_LOGIN\",\"note\":\"Logged in with work account\"}")
                .post("/api/v1/requests/{id}/verification", id)
                .then().statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("verification[0].identifier", equalTo("email"))
                .body("verification[0].method", equalTo("SSO_LOGIN"))
                .body("verification[0].by", equalTo("dpo-user"));

        dpo().body("{\"verified\":[\"name\",\"phone\"],\"method\":\"CALLBACK_TO_KNOWN_NUMBER\"}")
                .post("/api/v1/requests/{id}/verification", id)
                .then().statusCode(200)
                .body("status", equalTo("VERIFIED"))
                .body("verification.identifier", contains("email", "name", "phone"))
                .body("history.action", hasItem("VERIFIED"));
    }

    @Test
    void verifyingAnIdentifierTheCaseDoesNotCarryIsABadRequestAndChangesNothing() {
        var id = Dpo.open("ACCESS", "{\"email\":\"only.%s@example.com\"}".formatted(UUID.randomUUID())).getString("id");
        dpo().body("{\"verified\":[\"email\",\"phone\"],\"method\":\"SSO_LOGIN\"}")
                .post("/api/v1/requests/{id}/verification", id).then().statusCode(400);
        dpo().body("{\"verified\":[\"email\"],\"method\":\"TELEPATHY\"}")
                .post("/api/v1/requests/{id}/verification", id).then().statusCode(400);
        dpo().body("{\"verified\":[],\"method\":\"SSO_LOGIN\"}")
                .post("/api/v1/requests/{id}/verification", id).then().statusCode(400);
        var unchanged = Dpo.get(id);
        assertEquals("RECEIVED", unchanged.getString("status"));
        assertEquals(0, unchanged.getList("verification").size());
    }

    @Test
    void unverifiableIdentifierIsRemovedOnTheRecordAndNeverUsed() {
        var id = Dpo.open("ERASURE", Dpo.subject()).getString("id");
        dpo().body("{\"verified\":[\"name\",\"email\"],\"method\":\"SSO_LOGIN\"}")
                .post("/api/v1/requests/{id}/verification", id).then().body("status", equalTo("RECEIVED"));

        dpo().delete("/api/v1/requests/{id}/subject/{identifier}", id, "phone")
                .then().statusCode(200)
                .body("subject.phone", nullValue())
                .body("status", equalTo("VERIFIED"))
                .body("history.action", hasItem("IDENTIFIER_REMOVED"))
                .body("history.note", hasItem("phone could not be verified and is not used"));
    }

    @Test
    void removingTheLastIdentifierIsAConflictAndUnknownOnesAreRefused() {
        var id = Dpo.open("ACCESS", "{\"email\":\"last.%s@example.com\"}".formatted(UUID.randomUUID())).getString("id");
        dpo().delete("/api/v1/requests/{id}/subject/{identifier}", id, "email").then().statusCode(409);
        dpo().delete("/api/v1/requests/{id}/subject/{identifier}", id, "phone").then().statusCode(404);
        dpo().delete("/api/v1/requests/{id}/subject/{identifier}", id, "shoeSize").then().statusCode(400);
        assertEquals(1, Dpo.get(id).getList("history").size());
    }

    @Test
    void executeIsAConflictUnlessVerified() {
        var id = Dpo.open("ACCESS", Dpo.subject()).getString("id");
        dpo().post("/api/v1/requests/{id}/execute", id).then().statusCode(409).contentType("application/problem+json");
        assertEquals("RECEIVED", Dpo.get(id).getString("status"));
    }

    @Test
    void rejectedCaseIsClosedAndCannotBeExecutedOrVerified() {
        var id = Dpo.open("OBJECTION", Dpo.subject()).getString("id");
        dpo().body("{\"reason\":\"Identity could not be established\"}")
                .post("/api/v1/requests/{id}/reject", id)
                .then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("history[-1].note", equalTo("Identity could not be established"));
        dpo().post("/api/v1/requests/{id}/execute", id).then().statusCode(409);
        dpo().body("{\"verified\":[\"email\"],\"method\":\"SSO_LOGIN\"}")
                .post("/api/v1/requests/{id}/verification", id).then().statusCode(409);
        dpo().body("{\"reason\":\"again\"}").post("/api/v1/requests/{id}/reject", id).then().statusCode(409);
        dpo().body("{\"reason\":\" \"}").post("/api/v1/requests/{id}/reject", Dpo.open("ACCESS", Dpo.subject()).getString("id"))
                .then().statusCode(400);
    }

    @Test
    void workQueueFiltersByStatus() {
        var received = Dpo.open("ACCESS", Dpo.subject()).getString("id");
        var verified = Dpo.verified("ACCESS", Dpo.subject());
        dpo().get("/api/v1/requests?status=VERIFIED").then().statusCode(200)
                .body("id", hasItem(verified))
                .body("id", not(hasItem(received)))
                .body("status", not(hasItem("RECEIVED")));
        dpo().get("/api/v1/requests?status=LOST").then().statusCode(400).contentType("application/problem+json");
        dpo().get("/api/v1/requests?dueBefore=yesterday").then().statusCode(400);
    }

    private long caseCount() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(c) from RightsCase c", Long.class).getSingleResult());
    }
}
