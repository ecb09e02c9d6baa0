package fi.servicedesk.rights.erasure;

import fi.servicedesk.rights.Dpo;
import fi.servicedesk.rights.Owners;
import fi.servicedesk.rights.access.AccessDocuments;
import fi.servicedesk.rights.events.SweepRequested;
import fi.servicedesk.testsupport.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fi.servicedesk.rights.Dpo.dpo;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DESIGN §5, R10.3: rights-service is an owner of its own data; access packages do not outlive their use. */
@QuarkusTest
class OwnErasureTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    EntityManager entityManager;

    @Test
    void anErasureRemovesThePersonFromEarlierCasesAndTheirPackageAnswersGone() {
        var subject = Dpo.subject();
        var access = completedAccess(subject);
        var email = Dpo.get(access).getString("subject.email");
        dpo().get("/api/v1/requests/{id}/package", access).then().statusCode(200);

        var erasure = Dpo.executing("ERASURE", subject);
        Owners.answer(Owners.INGEST, erasure, "ERASURE", List.of(Map.of("category", "contact", "count", 1)), List.of(), null);
        Owners.answer(Owners.REDACTION, erasure, "ERASURE", List.of(), List.of(), null);
        await().atMost(WAIT).until(() -> "COMPLETED".equals(Dpo.get(erasure).getString("status")));

        dpo().get("/api/v1/requests/{id}/package", access).then().statusCode(410)
                .contentType("application/problem+json").body("detail", containsString("erased on"));
        var earlier = Dpo.get(access);
        assertNull(earlier.getString("subject.email"), "R10.3: the identifiers are gone from the earlier case");
        assertNull(Dpo.get(erasure).getString("subject.email"), "and from the erasure's own case");
        assertTrue(earlier.getList("history.action").contains("PACKAGE_DELIVERED"), "the history stays as evidence");
        assertTrue(earlier.getList("history.action").contains("PERSONAL_DATA_ERASED"));
        assertEquals(0L, count("select count(*) from access_chunk where case_id = :id", access),
                "the access replies are destroyed");
        assertEquals(0L, count("select count(*) from rights_case where id = :id and (reply_key is not null or reply_public_key is not null)",
                access), "and the case's key, which shreds every copy of them on Kafka and in the WAL");

        var later = Dpo.open("ACCESS", "{\"email\":\"%s\"}".formatted(email.toUpperCase())).getString("id");
        var history = Dpo.get(later).getList("history.note", String.class);
        assertTrue(history.stream().anyMatch(n -> n.contains("erased on") && n.contains(erasure)),
                "a later request by the same person is matched to its erasure: " + history);
    }

    @Test
    void anAccessPackageAnswersGoneOnceItsExpiryHasPassed() {
        var access = completedAccess(Dpo.subject());
        dpo().get("/api/v1/requests/{id}/package", access).then().statusCode(200);

        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update rights_case set closed_at = :at where id = :id")
                .setParameter("at", Instant.now().minus(Duration.ofDays(30)).minusSeconds(60))
                .setParameter("id", UUID.fromString(access)).executeUpdate());

        dpo().get("/api/v1/requests/{id}/package", access).then().statusCode(410)
                .contentType("application/problem+json").body("detail", containsString("expired"));

        // The next sweep destroys the case's key, which shreds every copy of the replies, and drops the chunks.
        var sweepId = UUID.randomUUID().toString();
        var longAgo = Instant.parse("2000-01-01T00:00:00Z");
        KafkaTestClient.sendCloudEvent("retention.sweeps.v1", sweepId, UUID.randomUUID().toString(), SweepRequested.TYPE, """
                {"sweepId":"%s","asOf":"%s","requestedAt":"%s","cutoffs":{"rights-case":"%s","audit":"%s"},
                 "expectedOwners":["rights-service"]}""".formatted(sweepId, Instant.now(), Instant.now(), longAgo, longAgo));
        await().atMost(WAIT).until(() -> count("select count(*) from rights_case where id = :id and reply_key is null", access) == 1);
        assertEquals(0L, count("select count(*) from access_chunk where case_id = :id", access));
    }

    private static String completedAccess(String subject) {
        var id = Dpo.executing("ACCESS", subject);
        Owners.access(Owners.INGEST, id, AccessDocuments.ingest(Dpo.get(id).getString("subject.email"), 2, List.of()));
        Owners.access(Owners.REDACTION, id, AccessDocuments.redaction(1));
        await().atMost(WAIT).until(() -> "COMPLETED".equals(Dpo.get(id).getString("status")));
        return id;
    }

    private long count(String sql, String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("id", UUID.fromString(caseId)).getSingleResult()).longValue());
    }
}
