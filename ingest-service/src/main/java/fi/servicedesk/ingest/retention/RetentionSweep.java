package fi.servicedesk.ingest.retention;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.ingest.crypto.KeyShredding;
import fi.servicedesk.ingest.events.SweepCompleted;
import fi.servicedesk.ingest.events.SweepRequested;
import fi.servicedesk.ingest.events.Topics;
import fi.servicedesk.ingest.domain.WebhookReceipts;
import fi.servicedesk.kit.inbox.Inbox;
import fi.servicedesk.kit.outbox.Outbox;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fi.servicedesk.ingest.domain.Columns.instant;

/**
 * A retention sweep (R8.1-R8.3, DESIGN §4): deletes, in batches of their own transactions, what
 * was stored before each category's cut-off and is not under a legal hold (R3.1), shreds the keys
 * of subjects left with nothing, and reports per category. A contact goes with its messages and
 * recording in one statement (never half a contact); a recording may go before its contact.
 * The report is kept per sweep, so the same sweep again deletes nothing more and reports the same.
 */
@ApplicationScoped
public class RetentionSweep {

    /** Rows per transaction: a million messages in 50 short transactions, none holding locks for long. */
    static final int BATCH = 20_000;
    private static final String SERVICE = "ingest-service";

    /*
     * Unheld (R3.1), as LegalHolds.HELD_CONTACT says, but written as two NOT EXISTS so that PostgreSQL
     * plans them as anti-joins against the few holds: its "hold on the contact OR on its subject"
     * form was evaluated row by row, which made a million-message sweep take two minutes.
     */
    private static final String UNHELD_BY_CONTACT_ID = """
            not exists (select 1 from legal_hold h where h.contact_id = x.contact_id)
            and not exists (select 1 from legal_hold h join contact c on c.subject_id = h.subject_id where c.id = x.contact_id)""";

    /** Per category: the table, and the condition (alias x) an expired row must meet to go. */
    private static final Map<String, Category> CATEGORIES = Map.of(
            "recording", new Category("recording", UNHELD_BY_CONTACT_ID),
            "message", new Category("message", UNHELD_BY_CONTACT_ID),
            "contact", new Category("contact", """
                    not exists (select 1 from legal_hold h where h.contact_id = x.id)
                    and not exists (select 1 from legal_hold h where h.subject_id = x.subject_id)"""),
            "audit", new Category("access_audit", "true"));
    private static final List<String> ORDER = List.of("recording", "message", "contact", "audit");

    private final EntityManager entityManager;
    private final KeyShredding shredding;
    private final Outbox outbox;
    private final Inbox inbox;
    private final WebhookReceipts receipts;
    private final ObjectMapper json;
    private final Clock clock;

    RetentionSweep(EntityManager entityManager, KeyShredding shredding, Outbox outbox, Inbox inbox, WebhookReceipts receipts,
                   ObjectMapper json, Clock clock) {
        this.inbox = inbox;
        this.receipts = receipts;
        this.entityManager = entityManager;
        this.shredding = shredding;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Deletes what expired, batch by batch, each batch its own transaction, and returns the report;
     * a sweep that already ran deletes nothing more and returns its stored report. Called outside
     * any transaction: however long a sweep over a large backlog takes, no transaction lasts longer
     * than one batch (a transaction around the whole sweep hit the 60 s timeout, R8).
     */
    @Transactional(Transactional.TxType.NEVER)
    public SweepCompleted run(SweepRequested request) throws JsonProcessingException {
        var earlier = QuarkusTransaction.requiringNew().call(() -> earlierReport(request.sweepId()));
        return earlier != null ? earlier : sweepAll(request);
    }

    /** Keeps the first report of a sweep, forgets its progress and publishes the report, in the caller's transaction (with its inbox row). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void report(SweepCompleted report) throws JsonProcessingException {
        entityManager.createNativeQuery("""
                        insert into sweep_report (sweep_id, report, completed_at) values (:id, :report, :at)
                        on conflict (sweep_id) do nothing""")
                .setParameter("id", report.sweepId())
                .setParameter("report", json.writeValueAsString(report))
                .setParameter("at", report.completedAt())
                .executeUpdate();
        entityManager.createNativeQuery("delete from sweep_progress where sweep_id = :id")
                .setParameter("id", report.sweepId()).executeUpdate();
        outbox.publish(Topics.RETENTION_REPORTS, report.sweepId().toString(), SweepCompleted.TYPE,
                earlierReport(report.sweepId()));
    }

    private SweepCompleted sweepAll(SweepRequested request) {
        var results = new ArrayList<SweepCompleted.Category>();
        for (var name : ORDER) {
            var cutoff = request.cutoffs().get(name);
            if (cutoff != null) {
                long started = System.nanoTime();
                var result = sweepCategory(request.sweepId(), name, CATEGORIES.get(name), cutoff);
                // Counts and times only (no personal data), so that a slow sweep shows where it spends its time.
                Log.infof("Sweep %s: %s deleted %d, held %d, in %d ms", request.sweepId(), name, result.deleted(),
                        result.held(), (System.nanoTime() - started) / 1_000_000);
                results.add(result);
            }
        }
        long started = System.nanoTime();
        var shredded = shredSubjectsLeftWithNothing();
        Log.infof("Sweep %s: %d subjects left with nothing deleted and their keys destroyed in %d ms", request.sweepId(),
                shredded, (System.nanoTime() - started) / 1_000_000);
        Log.infof("Sweep %s: %d inbox ids and %d webhook receipts past the de-duplication window forgotten",
                request.sweepId(), inbox.prune(), receipts.prune());
        return new SweepCompleted(request.sweepId(), SERVICE, Instant.now(clock), results);
    }

    /**
     * Deletes the category's expired rows batch by batch; each batch adds what it deleted to the
     * sweep's progress in its own transaction, so the count is the sweep's over every run of it (a
     * run killed part way, then the redelivered one), each row counted once.
     */
    private SweepCompleted.Category sweepCategory(UUID sweepId, String name, Category category, Instant cutoff) {
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> counted(sweepId, name, entityManager.createNativeQuery(
                            "delete from " + category.table() + byRowAddress(category.table(),
                                    "x.stored_at < :cutoff and " + category.unheld()))
                    .setParameter("cutoff", cutoff).executeUpdate()));
        } while (batch > 0); // not "== BATCH": a row skipped because it changed meanwhile is found by the next round
        if ("audit".equals(name)) {
            deleteTransfersBefore(sweepId, cutoff);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            // Held means under an active hold now; an expired row left without one is reported as such (R8, DESIGN §4).
            var expiredUnheld = countExpired(category.table(), category.unheld(), cutoff);
            var held = countExpired(category.table(), "not (" + category.unheld() + ")", cutoff);
            var oldest = entityManager.createNativeQuery("select min(stored_at) from " + category.table()).getSingleResult();
            List<?> deleted = entityManager.createNativeQuery(
                            "select deleted from sweep_progress where sweep_id = :id and category = :category")
                    .setParameter("id", sweepId).setParameter("category", name).getResultList();
            return new SweepCompleted.Category(name, cutoff, deleted.isEmpty() ? 0 : ((Number) deleted.getFirst()).longValue(),
                    held, expiredUnheld, instant(oldest));
        });
    }

    /** Adds a batch's {@code deleted} rows to the sweep's progress, in the batch's transaction; returns them. */
    private int counted(UUID sweepId, String category, int deleted) {
        if (deleted > 0) {
            entityManager.createNativeQuery("""
                            insert into sweep_progress (sweep_id, category, deleted) values (:id, :category, :deleted)
                            on conflict (sweep_id, category) do update set deleted = sweep_progress.deleted + excluded.deleted""")
                    .setParameter("id", sweepId).setParameter("category", category).setParameter("deleted", deleted)
                    .executeUpdate();
        }
        return deleted;
    }

    private long countExpired(String table, String condition, Instant cutoff) {
        return ((Number) entityManager.createNativeQuery(
                        "select count(*) from " + table + " x where x.stored_at < :cutoff and " + condition)
                .setParameter("cutoff", cutoff).getSingleResult()).longValue();
    }

    /** The transfer log (R7.1) is accountability evidence like the access audit, and expires with it. */
    private void deleteTransfersBefore(UUID sweepId, Instant cutoff) {
        QuarkusTransaction.requiringNew().run(() -> counted(sweepId, "audit", entityManager
                .createNativeQuery("delete from transfer_log where stored_at < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate()));
    }

    /**
     * The rows of one batch: found and deleted in one statement by their physical address (ctid), so
     * each row is located once, not once to find it and again through the primary key to delete it
     * (six times faster for a million messages). Safe within the one statement: a row changed meanwhile
     * has a new address and is left for the next batch or sweep, never a wrong row deleted.
     */
    private static String byRowAddress(String table, String condition) {
        return " where ctid = any(array(select x.ctid from " + table + " x where " + condition + " limit " + BATCH + "))";
    }

    /** A subject with no contact and no hold protects nothing: its row goes and its key is destroyed (R9.3). */
    private long shredSubjectsLeftWithNothing() {
        long shredded = 0;
        List<UUID> orphans;
        do {
            // The keys go once the batch's deletion has committed, or at the reconciler's next run after a crash.
            orphans = QuarkusTransaction.requiringNew().call(() -> {
                List<UUID> gone = entityManager.createNativeQuery("delete from subject" + byRowAddress("subject", """
                                not exists (select 1 from contact c where c.subject_id = x.id)
                                and not exists (select 1 from legal_hold h where h.subject_id = x.id)""") + " returning id", UUID.class)
                        .getResultList();
                shredding.afterCommit(KeyShredding.Work.SWEEP, gone);
                return gone;
            });
            shredded += orphans.size();
        } while (!orphans.isEmpty());
        return shredded;
    }

    private SweepCompleted earlierReport(UUID sweepId) throws JsonProcessingException {
        List<?> rows = entityManager.createNativeQuery("select report from sweep_report where sweep_id = :id")
                .setParameter("id", sweepId).getResultList();
        return rows.isEmpty() ? null : json.readValue((String) rows.getFirst(), SweepCompleted.class);
    }

    private record Category(String table, String unheld) {
    }
}
