package fi.servicedesk.rights.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RightsCaseRepository implements PanacheRepositoryBase<RightsCase, UUID> {

    /** The case locked for a change, so concurrent replies and DPO actions apply one at a time. */
    public Optional<RightsCase> findForUpdate(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Open cases whose due date has passed at {@code now} (R10.6). */
    public long countPastDue(Instant now) {
        return count("status not in ?1 and dueAt < ?2", List.of(CaseStatus.COMPLETED, CaseStatus.REJECTED), now);
    }

    /**
     * The DPO's work queue, soonest deadline first. {@code overdueAt}, when given, keeps only open
     * cases past their due date or with an owner that has not answered in time.
     */
    public List<RightsCase> queue(CaseStatus status, Instant dueBefore, Instant overdueAt) {
        var query = new StringBuilder("from RightsCase c where 1 = 1");
        var parameters = new Parameters();
        if (status != null) {
            query.append(" and c.status = :status");
            parameters.and("status", status);
        }
        if (dueBefore != null) {
            query.append(" and c.dueAt < :dueBefore");
            parameters.and("dueBefore", dueBefore);
        }
        if (overdueAt != null) {
            query.append(" and c.status not in (:closed) and (c.dueAt < :now or exists"
                    + " (select 1 from CaseOwner o where o.rightsCase = c and o.status = :overdue))");
            parameters.and("closed", List.of(CaseStatus.COMPLETED, CaseStatus.REJECTED))
                    .and("now", overdueAt)
                    .and("overdue", OwnerStatus.OVERDUE);
        }
        query.append(" order by c.dueAt, c.id");
        return find(query.toString(), parameters).list();
    }
}
