package fi.servicedesk.rights.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static fi.servicedesk.rights.domain.Columns.instant;

/**
 * The access audit (R9.2, DESIGN §6): every read of a case's personal data through the API is
 * written down in the transaction of the read — who, when, which case, what was read and why —
 * and auditors read it back. Entries name cases, never the person, so the log holds no personal data
 * of the subjects; it is kept for the audit period (RetentionSweep).
 */
@ApplicationScoped
public class AccessAudit {

    /** What was read; SEARCH is a case found by an identifier the reader gave, HOLDS a legal hold (subject, reason). */
    public enum Read { LIST, SEARCH, DETAIL, PACKAGE, HOLDS }

    /**
     * Why someone reads when they give no reason (R9.2): the purpose of their role — handling the
     * request (R10.5) for the DPO, an audit (R7.2) for an auditor.
     */
    public static String purposeOf(boolean dpo) {
        return dpo ? "handling the data-subject request (R10.5)" : "audit (R7.2)";
    }

    private final EntityManager entityManager;
    private final Clock clock;

    AccessAudit(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** One entry per case read, in the caller's transaction: a read that cannot be logged does not happen. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String who, Read read, Collection<UUID> caseIds, String reason) {
        var at = Instant.now(clock);
        caseIds.forEach(caseId -> insert(at, who, "case_id", caseId, read, reason));
    }

    /** One entry per legal hold read (its subject and reason), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordHolds(String who, Collection<UUID> holdIds, String reason) {
        var at = Instant.now(clock);
        holdIds.forEach(holdId -> insert(at, who, "hold_id", holdId, Read.HOLDS, reason));
    }

    /** {@code column}: case_id or hold_id, what the entry names. */
    private void insert(Instant at, String who, String column, UUID id, Read read, String reason) {
        entityManager.createNativeQuery("insert into access_audit (at, who, " + column + ", action, reason)"
                        + " values (:at, :who, :id, :action, :reason)")
                .setParameter("at", at)
                .setParameter("who", who)
                .setParameter("id", id)
                .setParameter("action", read.name())
                .setParameter("reason", reason)
                .executeUpdate();
    }

    /** The newest entries first, of one case when {@code caseId} is given; at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Entry> entries(UUID caseId, int limit) {
        var query = entityManager.createNativeQuery("select id, at, who, cast(case_id as text), action, reason, cast(hold_id as text) from access_audit"
                + (caseId == null ? "" : " where case_id = :case") + " order by id desc limit :limit", Object[].class);
        if (caseId != null) {
            query.setParameter("case", caseId);
        }
        List<?> rows = query.setParameter("limit", limit).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(row -> new Entry(((Number) row[0]).longValue(),
                instant(row[1]), (String) row[2], uuid(row[3]), (String) row[4], (String) row[5], uuid(row[6]))).toList();
    }

    private static UUID uuid(Object text) {
        return text == null ? null : UUID.fromString((String) text);
    }

    /** A read of a case ({@code caseId}) or of a legal hold ({@code holdId}, action HOLDS). */
    public record Entry(long id, Instant at, String who, UUID caseId, String action, String reason, UUID holdId) {
    }
}
