package fi.servicedesk.rights.compliance;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.rights.events.PolicyAnnounced;
import fi.servicedesk.rights.events.SweepVerdictAnnounced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static fi.servicedesk.rights.domain.Columns.instant;

/**
 * retention-service's verdicts on its sweeps and the policy it announces (DESIGN §4), kept for the
 * DPO portal and for the metrics that outlive the sweep job's pod.
 */
@ApplicationScoped
public class RetentionVerdicts {

    private final EntityManager entityManager;
    private final ObjectMapper json;

    RetentionVerdicts(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** A sweep-verdict.v1 or policy-announced.v1; a redelivered verdict or an older policy changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String type, String data) throws IOException {
        switch (type) {
            case SweepVerdictAnnounced.TYPE -> verdict(json.readValue(data, SweepVerdictAnnounced.class));
            case PolicyAnnounced.TYPE -> policy(json.readValue(data, PolicyAnnounced.class));
            default -> {
                // A later event type on the topic is not this version's business.
            }
        }
    }

    private void verdict(SweepVerdictAnnounced v) {
        var inserted = entityManager.createNativeQuery("""
                        insert into retention_verdict (sweep_id, as_of, finished_at, verdict, missing_owners)
                        values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, v.sweepId()).setParameter(2, v.asOf()).setParameter(3, v.finishedAt())
                .setParameter(4, v.verdict()).setParameter(5, String.join(",", v.missingOwners()))
                .executeUpdate();
        if (inserted == 0) {
            return;
        }
        for (var c : v.categories()) {
            entityManager.createNativeQuery("""
                            insert into retention_verdict_category (sweep_id, category, cutoff, deleted, held,
                                                                    expired_unheld, oldest_remaining, expired_remains)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                    .setParameter(1, v.sweepId()).setParameter(2, c.category()).setParameter(3, c.cutoff())
                    .setParameter(4, c.deleted()).setParameter(5, c.held()).setParameter(6, c.expiredUnheld())
                    .setParameter(7, c.oldestRemaining()).setParameter(8, c.expiredRemains())
                    .executeUpdate();
        }
    }

    private void policy(PolicyAnnounced p) {
        var newer = entityManager.createNativeQuery("""
                        select count(*) from retention_policy where announced_at >= ?1""")
                .setParameter(1, p.announcedAt()).getSingleResult();
        if (((Number) newer).longValue() > 0) {
            return;
        }
        entityManager.createNativeQuery("delete from retention_policy").executeUpdate();
        for (var period : p.categories()) {
            entityManager.createNativeQuery("""
                            insert into retention_policy (category, period, requirement, announced_at)
                            values (?1, ?2, ?3, ?4)""")
                    .setParameter(1, period.category()).setParameter(2, period.period())
                    .setParameter(3, period.requirement()).setParameter(4, p.announcedAt())
                    .executeUpdate();
        }
    }

    /** The latest {@code count} verdicts, newest first, each with its categories in name order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Verdict> latest(int count) {
        List<?> rows = entityManager.createNativeQuery("""
                        select sweep_id, as_of, finished_at, verdict, missing_owners from retention_verdict
                        order by finished_at desc, sweep_id limit ?1""", Object[].class)
                .setParameter(1, count).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Verdict((UUID) r[0], instant(r[1]), instant(r[2]),
                SweepVerdictAnnounced.COMPLIANT.equals(r[3]), owners((String) r[4]), categories((UUID) r[0]))).toList();
    }

    /** When the last verdict and the last compliant one were given; empty before the first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Standing> standing() {
        var row = (Object[]) entityManager.createNativeQuery("""
                        select (select finished_at from retention_verdict order by finished_at desc limit 1),
                               (select verdict from retention_verdict order by finished_at desc limit 1),
                               (select max(finished_at) from retention_verdict where verdict = ?1)""", Object[].class)
                .setParameter(1, SweepVerdictAnnounced.COMPLIANT).getSingleResult();
        return row[0] == null ? Optional.empty() : Optional.of(new Standing(instant(row[0]),
                SweepVerdictAnnounced.COMPLIANT.equals(row[1]), instant(row[2])));
    }

    /** The latest announced policy, categories in name order; empty until retention-service announced one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Period> policy() {
        List<?> rows = entityManager.createNativeQuery("""
                        select category, period, requirement, announced_at from retention_policy order by category""",
                        Object[].class).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Period((String) r[0], java.time.Period.parse((String) r[1]),
                (String) r[2], instant(r[3]))).toList();
    }

    private List<CategoryVerdict> categories(UUID sweep) {
        List<?> rows = entityManager.createNativeQuery("""
                        select category, cutoff, deleted, held, expired_unheld, oldest_remaining, expired_remains
                        from retention_verdict_category where sweep_id = ?1 order by category""", Object[].class)
                .setParameter(1, sweep).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new CategoryVerdict((String) r[0], instant(r[1]),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), instant(r[5]),
                (Boolean) r[6])).toList();
    }

    private static List<String> owners(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    public record Verdict(UUID sweepId, Instant asOf, Instant finishedAt, boolean compliant, List<String> missingOwners,
                          List<CategoryVerdict> categories) {
    }

    public record CategoryVerdict(String category, Instant cutoff, long deleted, long held, long expiredUnheld,
                                  Instant oldestRemaining, boolean expiredRemains) {
    }

    /** The last verdict's time and outcome, and when the last compliant sweep finished (null if none yet). */
    public record Standing(Instant lastAt, boolean lastCompliant, Instant lastCompliantAt) {
    }

    public record Period(String category, java.time.Period period, String requirement, Instant announcedAt) {
    }
}
