package fi.servicedesk.rights.cases;

import fi.servicedesk.rights.Dpo;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static fi.servicedesk.rights.Dpo.dpo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

/** R10.6: one month from receipt, extended once by two months with a reason; the overdue queue. */
@QuarkusTest
class DeadlineTest {

    @Test
    void extensionAddsTwoMonthsOnceWithAReason() {
        var id = received("2026-03-15T08:00:00Z");

        dpo().body("{\"reason\":\"Many contacts over several years to gather\"}")
                .post("/api/v1/requests/{id}/extension", id)
                .then().statusCode(200)
                .body("dueAt", equalTo("2026-06-15T07:00:00Z"))
                .body("extended", equalTo(true))
                .body("history[-1].action", equalTo("EXTENDED"))
                .body("history[-1].note", equalTo("Many contacts over several years to gather"));

        dpo().body("{\"reason\":\"Still more\"}")
                .post("/api/v1/requests/{id}/extension", id)
                .then().statusCode(409).contentType("application/problem+json");
        dpo().get("/api/v1/requests/{id}", id).then().body("dueAt", equalTo("2026-06-15T07:00:00Z"));
    }

    @Test
    void extensionNeedsAReasonAndAnOpenCase() {
        var id = received("2026-03-15T08:00:00Z");
        dpo().body("{}").post("/api/v1/requests/{id}/extension", id).then().statusCode(400);
        dpo().body("{\"reason\":\"no\"}").post("/api/v1/requests/{id}/reject", id).then().statusCode(200);
        dpo().body("{\"reason\":\"late\"}").post("/api/v1/requests/{id}/extension", id).then().statusCode(409);
    }

    @Test
    void overdueQueueHoldsOpenCasesPastTheirDueDate() {
        var twoMonthsAgo = Instant.now().minus(62, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        var late = received(twoMonthsAgo);
        var closedLate = received(twoMonthsAgo);
        dpo().body("{\"reason\":\"duplicate\"}").post("/api/v1/requests/{id}/reject", closedLate).then().statusCode(200);
        var fresh = Dpo.open("ACCESS", Dpo.subject()).getString("id");

        dpo().get("/api/v1/requests?overdue=true").then().statusCode(200)
                .body("id", hasItem(late))
                .body("id", not(hasItem(closedLate)))
                .body("id", not(hasItem(fresh)))
                .body("daysLeft", not(hasItem(org.hamcrest.Matchers.greaterThanOrEqualTo(0))));
        dpo().get("/api/v1/requests/{id}", late).then().body("daysLeft", lessThan(0));
    }

    @Test
    void dueBeforeFiltersTheQueue() {
        var early = received("2026-01-02T09:00:00Z");
        var later = received("2026-05-02T09:00:00Z");
        dpo().get("/api/v1/requests?dueBefore=2026-03-01").then().statusCode(200)
                .body("id", hasItem(early))
                .body("id", not(hasItem(later)));
        dpo().get("/api/v1/requests?dueBefore=2026-06-03T00:00:00Z").then().statusCode(200)
                .body("id", hasItem(later));
    }

    private static String received(String receivedAt) {
        return dpo().body("{\"type\":\"ACCESS\",\"subject\":%s,\"receivedAt\":\"%s\"}".formatted(Dpo.subject(), receivedAt))
                .post("/api/v1/requests").then().statusCode(201).extract().path("id");
    }
}
