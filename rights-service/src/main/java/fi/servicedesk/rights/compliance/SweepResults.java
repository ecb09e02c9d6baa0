package fi.servicedesk.rights.compliance;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every owner's report of every retention sweep (R8), kept for the DPO's compliance page: per
 * category, the cut-off, what was deleted, what holds kept, and the oldest item left. An item
 * older than the cut-off with nothing held in its category is one that should have gone, by the
 * same rule as retention-service's verdict.
 */
@ApplicationScoped
public class SweepResults {

    private final EntityManager entityManager;
    private final ObjectMapper json;

    SweepResults(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** An owner's sweep-completed.v1 data; a redelivered report changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String data) throws IOException {
        var report = json.readValue(data, Report.class);
        for (var c : report.categories()) {
            entityManager.createNativeQuery("""
                            insert into owner_sweep_result (sweep_id, service, category, completed_at, cutoff, deleted,
                                                            held, oldest_remaining)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict do nothing""")
                    .setParameter(1, report.sweepId()).setParameter(2, report.service())
                    .setParameter(3, c.category()).setParameter(4, report.completedAt())
                    .setParameter(5, c.cutoff()).setParameter(6, c.deleted()).setParameter(7, c.held())
                    .setParameter(8, c.oldestRemaining())
                    .executeUpdate();
        }
    }

    /** The results of the latest {@code sweeps} sweeps, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Result> latest(int sweeps) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select r.sweep_id, r.service, r.category, r.completed_at, r.cutoff, r.deleted, r.held,
                               r.oldest_remaining
                        from owner_sweep_result r
                        join (select sweep_id, max(completed_at) as at from owner_sweep_result group by sweep_id
                              order by at desc limit ?1) s on s.sweep_id = r.sweep_id
                        order by s.at desc, r.service, r.category""")
                .setParameter(1, sweeps)
                .getResultList();
        return rows.stream().map(r -> new Result((UUID) r[0], (String) r[1], (String) r[2], instant(r[3]),
                instant(r[4]), ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), instant(r[7]))).toList();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case Timestamp t -> t.toInstant();
            case java.time.OffsetDateTime o -> o.toInstant();
            default -> throw new IllegalStateException("Not a time: " + value.getClass());
        };
    }

    record Report(UUID sweepId, String service, Instant completedAt, List<Category> categories) {
    }

    record Category(String category, Instant cutoff, long deleted, long held, Instant oldestRemaining) {
    }

    @TemplateData
    public record Result(UUID sweepId, String service, String category, Instant completedAt, Instant cutoff,
                         long deleted, long held, Instant oldestRemaining) {

        public boolean expiredRemains() {
            return oldestRemaining != null && oldestRemaining.isBefore(cutoff) && held == 0;
        }
    }
}
