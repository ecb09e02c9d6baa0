package fi.servicedesk.rights.audit;

import fi.servicedesk.rights.Dpo;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static fi.servicedesk.rights.Dpo.dpo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R9.2, DESIGN §6: every read of a case's personal data is audited — who, when, which case, why — and auditors read the log. */
@QuarkusTest
class AccessAuditTest {

    @Test
    void readingACaseAndTheQueueIsAuditedWithWhoWhenAndWhy() {
        var id = Dpo.open("ACCESS", Dpo.subject()).getString("id");
        assertEquals(0, entries(id).getList("$").size(), "opening a case is on its history, not a read");

        dpo().queryParam("reason", "call-back from the requester").get("/api/v1/requests/{id}", id).then().statusCode(200);
        dpo().queryParam("status", "RECEIVED").get("/api/v1/requests").then().statusCode(200);
        Dpo.as("auditor").get("/api/v1/requests/{id}", id).then().statusCode(200);

        var entries = entries(id);
        assertEquals(java.util.List.of("DETAIL", "LIST", "DETAIL"), entries.getList("action").reversed());
        assertEquals("dpo-user", entries.getString("find { it.action == 'LIST' }.who"));
        assertEquals("call-back from the requester", entries.getString("find { it.who == 'dpo-user' && it.action == 'DETAIL' }.reason"));
        assertEquals("audit (R7.2)", entries.getString("find { it.who == 'auditor-user' }.reason"));
        assertTrue(entries.getList("at").stream().allMatch(at -> at != null), "each entry says when");
    }

    @Test
    void onlyAnAuditorReadsTheAuditLog() {
        dpo().get("/api/v1/audit").then().statusCode(403);
        Dpo.as("dispute-handler").get("/api/v1/audit").then().statusCode(403);
        Dpo.as("auditor").queryParam("limit", 0).get("/api/v1/audit").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static JsonPath entries(String caseId) {
        return Dpo.as("auditor").queryParam("caseId", caseId).get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
    }
}
