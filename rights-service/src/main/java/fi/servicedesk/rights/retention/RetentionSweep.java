package fi.servicedesk.rights.retention;

import fi.servicedesk.kit.inbox.Inbox;
import fi.servicedesk.kit.outbox.Outbox;
import fi.servicedesk.rights.events.SweepCompleted;
import fi.servicedesk.rights.events.SweepRequested;
import fi.servicedesk.rights.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.UUID;

/**
 * This service as an owner in a retention sweep (DESIGN §4): closed cases stored before the
 * rights-case cut-off and case history older than the audit cut-off are deleted. What belongs to
 * an open case is kept (counted as held), as it is still the evidence of a request in progress.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RetentionSweep {

    static final String CASES = "rights-case";
    static final String AUDIT = "audit";
    private static final String CLOSED = "('COMPLETED', 'REJECTED')";

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Inbox inbox;
    private final Clock clock;

    RetentionSweep(EntityManager entityManager, Outbox outbox, Inbox inbox, Clock clock) {
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
            categories.add(report(CASES, casesCutoff,
                    "delete from rights_case where status in " + CLOSED + " and stored_at < :cutoff",
                    "select count(*) from rights_case where status not in " + CLOSED + " and stored_at < :cutoff",
                    "select min(stored_at) from rights_case"));
        }
        var auditCutoff = sweep.cutoffs().get(AUDIT);
        if (auditCutoff != null) {
            categories.add(report(AUDIT, auditCutoff,
                    "delete from case_history h using rights_case c where h.case_id = c.id and c.status in " + CLOSED
                            + " and h.at < :cutoff",
                    "select count(*) from case_history h join rights_case c on h.case_id = c.id where c.status not in "
                            + CLOSED + " and h.at < :cutoff",
                    "select min(at) from case_history"));
        }
        outbox.publish(Topics.SWEEP_REPORTS, sweep.sweepId().toString(), SweepCompleted.TYPE,
                new SweepCompleted(sweep.sweepId(), SweepCompleted.SERVICE, Instant.now(clock), categories));
    }

    private SweepCompleted.CategoryReport report(String category, Instant cutoff, String delete, String held, String oldest) {
        int deleted = entityManager.createNativeQuery(delete).setParameter("cutoff", cutoff).executeUpdate();
        var heldCount = ((Number) entityManager.createNativeQuery(held).setParameter("cutoff", cutoff).getSingleResult()).longValue();
        var oldestRemaining = entityManager.createNativeQuery(oldest).getSingleResult();
        return new SweepCompleted.CategoryReport(category, cutoff, deleted, heldCount, instant(oldestRemaining));
    }

    private boolean firstReport(UUID sweepId) {
        return entityManager.createNativeQuery("insert into sweep_report (sweep_id, reported_at) values (:id, :at) on conflict do nothing")
                .setParameter("id", sweepId)
                .setParameter("at", Instant.now(clock))
                .executeUpdate() == 1;
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case java.sql.Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
        };
    }
}
