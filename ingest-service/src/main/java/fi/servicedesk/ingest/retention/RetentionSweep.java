package fi.servicedesk.ingest.retention;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.ingest.crypto.DataKeys;
import fi.servicedesk.ingest.holds.LegalHolds;
import fi.servicedesk.ingest.messaging.Outbox;
import fi.servicedesk.ingest.messaging.SweepCompleted;
import fi.servicedesk.ingest.messaging.SweepRequested;
import fi.servicedesk.ingest.messaging.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import static fi.servicedesk.ingest.domain.Columns.instant;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A retention sweep (R8.1-R8.3, DESIGN §4): deletes, in batches of their own transactions, what
 * was stored before each category's cut-off and is not under a legal hold (R3.1), shreds the keys
 * of subjects left with nothing, and reports per category. A contact goes with its messages and
 * recording in one statement (never half a contact); a recording may go before its contact.
 * The report is kept per sweep, so the same sweep again deletes nothing more and reports the same.
 */
@ApplicationScoped
public class RetentionSweep {

    static final int BATCH = 5000;
    private static final String SERVICE = "ingest-service";

    /** Per category: the table, and the condition (alias x) under which an expired row is kept. */
    private static final Map<String, Category> CATEGORIES = Map.of(
            "recording", new Category("recording", "exists (select 1 from contact c where c.id = x.contact_id and " + LegalHolds.HELD_CONTACT + ")"),
            "message", new Category("message", "exists (select 1 from contact c where c.id = x.contact_id and " + LegalHolds.HELD_CONTACT + ")"),
            "contact", new Category("contact", "exists (select 1 from contact c where c.id = x.id and " + LegalHolds.HELD_CONTACT + ")"),
            "audit", new Category("access_audit", "false"));
    private static final List<String> ORDER = List.of("recording", "message", "contact", "audit");

    private final EntityManager entityManager;
    private final DataKeys keys;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    RetentionSweep(EntityManager entityManager, DataKeys keys, Outbox outbox, ObjectMapper json, Clock clock) {
        this.entityManager = entityManager;
        this.keys = keys;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** Runs in the consumer's transaction (inbox, report, outbox); the deletions commit batch by batch on their own. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SweepCompleted sweep(SweepRequested request) throws JsonProcessingException {
        var earlier = earlierReport(request.sweepId());
        var report = earlier != null ? earlier : run(request);
        if (earlier == null) {
            entityManager.createNativeQuery("insert into sweep_report (sweep_id, report, completed_at) values (:id, :report, :at)")
                    .setParameter("id", request.sweepId())
                    .setParameter("report", json.writeValueAsString(report))
                    .setParameter("at", report.completedAt())
                    .executeUpdate();
        }
        outbox.publish(Topics.RETENTION_REPORTS, request.sweepId().toString(), SweepCompleted.TYPE, report);
        return report;
    }

    private SweepCompleted run(SweepRequested request) {
        var results = new ArrayList<SweepCompleted.Category>();
        for (var name : ORDER) {
            var cutoff = request.cutoffs().get(name);
            if (cutoff != null) {
                results.add(sweepCategory(name, CATEGORIES.get(name), cutoff));
            }
        }
        shredSubjectsLeftWithNothing();
        return new SweepCompleted(request.sweepId(), SERVICE, Instant.now(clock), results);
    }

    private SweepCompleted.Category sweepCategory(String name, Category category, Instant cutoff) {
        long deleted = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                            "delete from " + category.table() + " where id in (select x.id from " + category.table()
                                    + " x where x.stored_at < :cutoff and not " + category.held() + " limit " + BATCH + ")")
                    .setParameter("cutoff", cutoff).executeUpdate());
            deleted += batch;
        } while (batch == BATCH);
        if ("audit".equals(name)) {
            deleted += deleteTransfersBefore(cutoff);
        }
        long totalDeleted = deleted;
        return QuarkusTransaction.requiringNew().call(() -> {
            var held = ((Number) entityManager.createNativeQuery(
                            "select count(*) from " + category.table() + " x where x.stored_at < :cutoff")
                    .setParameter("cutoff", cutoff).getSingleResult()).longValue();
            var oldest = entityManager.createNativeQuery("select min(stored_at) from " + category.table()).getSingleResult();
            return new SweepCompleted.Category(name, cutoff, totalDeleted, held, instant(oldest));
        });
    }

    /** The transfer log (R7.1) is accountability evidence like the access audit, and expires with it. */
    private long deleteTransfersBefore(Instant cutoff) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("delete from transfer_log where stored_at < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate());
    }

    /** A subject with no contact and no hold protects nothing: its row goes and its key is destroyed (R9.3). */
    private void shredSubjectsLeftWithNothing() {
        List<?> orphans;
        do {
            orphans = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                            delete from subject s where s.id in (select s2.id from subject s2
                              where not exists (select 1 from contact c where c.subject_id = s2.id)
                                and not exists (select 1 from legal_hold h where h.subject_id = s2.id)
                              limit %d) returning s.id""".formatted(BATCH))
                    .getResultList());
            orphans.forEach(id -> keys.destroy((UUID) id));
        } while (orphans.size() == BATCH);
    }

    private SweepCompleted earlierReport(UUID sweepId) throws JsonProcessingException {
        List<?> rows = entityManager.createNativeQuery("select report from sweep_report where sweep_id = :id")
                .setParameter("id", sweepId).getResultList();
        return rows.isEmpty() ? null : json.readValue((String) rows.getFirst(), SweepCompleted.class);
    }


    private record Category(String table, String held) {
    }
}
