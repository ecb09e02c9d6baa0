package fi.servicedesk.rights.retention;

import fi.servicedesk.kit.inbox.Inbox;
import fi.servicedesk.kit.outbox.Outbox;
import fi.servicedesk.rights.config.RightsConfig;
import fi.servicedesk.rights.events.SweepCompleted;
import fi.servicedesk.rights.events.SweepRequested;
import fi.servicedesk.rights.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static fi.servicedesk.rights.domain.Columns.instant;

/**
 * This service as an owner in a retention sweep (DESIGN §4): closed cases and lifted legal holds
 * past the rights-case cut-off, and case history and access-audit entries past the audit cut-off,
 * are deleted; access documents past their expiry are destroyed. What belongs to an open case or
 * an active hold is kept and counted as held.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RetentionSweep {

    static final String CASES = "rights-case";
    static final String AUDIT = "audit";
    private static final String CLOSED = "('COMPLETED', 'REJECTED')";

    /** Closed cases from when they were stored; an open case is kept as the evidence of a request in progress. */
    private static final Table CLOSED_CASES = new Table(
            "delete from rights_case where status in " + CLOSED + " and stored_at < :cutoff",
            "select count(*) from rights_case where status not in " + CLOSED + " and stored_at < :cutoff",
            "select count(*) from rights_case where status in " + CLOSED + " and stored_at < :cutoff",
            "select min(stored_at) from rights_case");

    /**
     * Lifted holds (R3.1) from when they were lifted: until then a hold is in force and kept, and
     * afterwards it is the evidence of a dispute, kept as long as a case is.
     */
    private static final Table LIFTED_HOLDS = new Table(
            "delete from legal_hold where lifted_at < :cutoff",
            "select count(*) from legal_hold where lifted_at is null and placed_at < :cutoff",
            "select count(*) from legal_hold where lifted_at < :cutoff",
            "select min(coalesce(lifted_at, placed_at)) from legal_hold");

    private static final Table CLOSED_CASE_HISTORY = new Table(
            "delete from case_history h using rights_case c where h.case_id = c.id and c.status in " + CLOSED
                    + " and h.at < :cutoff",
            "select count(*) from case_history h join rights_case c on h.case_id = c.id where c.status not in "
                    + CLOSED + " and h.at < :cutoff",
            "select count(*) from case_history h join rights_case c on h.case_id = c.id where c.status in "
                    + CLOSED + " and h.at < :cutoff",
            "select min(at) from case_history");

    /** The access audit (R9.2), from each read: nothing holds it past the audit period. */
    private static final Table READS = new Table(
            "delete from access_audit where at < :cutoff",
            null,
            "select count(*) from access_audit where at < :cutoff",
            "select min(at) from access_audit");

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Inbox inbox;
    private final RightsConfig config;
    private final Clock clock;

    RetentionSweep(EntityManager entityManager, Outbox outbox, Inbox inbox, RightsConfig config, Clock clock) {
        this.config = config;
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Sweeps and reports once per sweepId; a repeated sweep changes and reports nothing. */
    public void sweep(SweepRequested sweep) {
        if (!sweep.expectedOwners().contains(SweepCompleted.SERVICE) || !firstReport(sweep.sweepId())) {
            return;
        }
        inbox.prune();
        var categories = new ArrayList<SweepCompleted.CategoryReport>();
        var casesCutoff = sweep.cutoffs().get(CASES);
        if (casesCutoff != null) {
            categories.add(report(CASES, casesCutoff, List.of(CLOSED_CASES, LIFTED_HOLDS)));
        }
        var auditCutoff = sweep.cutoffs().get(AUDIT);
        if (auditCutoff != null) {
            categories.add(report(AUDIT, auditCutoff, List.of(CLOSED_CASE_HISTORY, READS)));
        }
        destroyExpiredAccessDocuments();
        outbox.publish(Topics.SWEEP_REPORTS, sweep.sweepId().toString(), SweepCompleted.TYPE,
                new SweepCompleted(sweep.sweepId(), SweepCompleted.SERVICE, Instant.now(clock), categories));
    }

    /**
     * Deletes each table's expired rows, then counts the expired rows kept for a reason (held) and
     * those kept for none (expiredUnheld), which make the sweep NON_COMPLIANT (R8, DESIGN §4).
     */
    private SweepCompleted.CategoryReport report(String category, Instant cutoff, List<Table> tables) {
        long deleted = 0, held = 0, unheld = 0;
        Instant oldest = null;
        for (var table : tables) {
            deleted += entityManager.createNativeQuery(table.delete()).setParameter("cutoff", cutoff).executeUpdate();
            held += table.held() == null ? 0 : count(table.held(), cutoff);
            unheld += count(table.unheld(), cutoff);
            var oldestHere = instant(entityManager.createNativeQuery(table.oldest()).getSingleResult());
            oldest = oldest == null || (oldestHere != null && oldestHere.isBefore(oldest)) ? oldestHere : oldest;
        }
        return new SweepCompleted.CategoryReport(category, cutoff, deleted, held, unheld, oldest);
    }

    /**
     * An access package is for delivery, not for keeping (DESIGN §5): once rights.access-package-expiry
     * has passed since its case completed, the case's reply key is destroyed — which shreds every
     * copy of the owners' replies, on Kafka and in any WAL — and the chunks go too; the package
     * already answers 410 from that moment on.
     */
    private void destroyExpiredAccessDocuments() {
        var expired = Instant.now(clock).minus(config.accessPackageExpiry());
        entityManager.createNativeQuery("""
                        update rights_case set reply_key = null, reply_public_key = null
                        where reply_key is not null and closed_at < :expired""")
                .setParameter("expired", expired)
                .executeUpdate();
        entityManager.createNativeQuery("""
                        delete from access_chunk a using rights_case c where a.case_id = c.id and c.closed_at < :expired""")
                .setParameter("expired", expired)
                .executeUpdate();
    }

    private long count(String sql, Instant cutoff) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter("cutoff", cutoff).getSingleResult()).longValue();
    }

    /** One table's part of a category: what to delete, and how to count what expired and stays, held (null: never) or not. */
    private record Table(String delete, String held, String unheld, String oldest) {
    }

    private boolean firstReport(UUID sweepId) {
        return entityManager.createNativeQuery("insert into sweep_report (sweep_id, reported_at) values (:id, :at) on conflict do nothing")
                .setParameter("id", sweepId)
                .setParameter("at", Instant.now(clock))
                .executeUpdate() == 1;
    }
}
