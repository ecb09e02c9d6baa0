package fi.servicedesk.retention.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SweepRepository implements PanacheRepositoryBase<Sweep, UUID> {

    /** The sweep locked, so a report and the time-out never close it twice. */
    public Optional<Sweep> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<UUID> overdue(Instant now) {
        return getEntityManager()
                .createQuery("select s.id from Sweep s where s.status = :status and s.deadline < :now", UUID.class)
                .setParameter("status", SweepStatus.RUNNING)
                .setParameter("now", now)
                .getResultList();
    }

    public List<Sweep> latest(int limit) {
        return findAll(Sort.descending("startedAt")).page(0, limit).list();
    }

    public Optional<Sweep> lastCompliant() {
        return find("status", Sort.descending("finishedAt"), SweepStatus.COMPLIANT).firstResultOptional();
    }

    public Optional<Sweep> lastFinished() {
        return find("status != ?1", Sort.descending("finishedAt"), SweepStatus.RUNNING).firstResultOptional();
    }
}
