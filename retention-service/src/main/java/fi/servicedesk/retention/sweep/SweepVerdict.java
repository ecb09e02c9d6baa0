package fi.servicedesk.retention.sweep;

import fi.servicedesk.retention.domain.OwnerStatus;
import fi.servicedesk.retention.domain.Sweep;
import fi.servicedesk.retention.domain.SweepResult;
import fi.servicedesk.retention.domain.SweepStatus;
import fi.servicedesk.kit.outbox.Outbox;
import fi.servicedesk.retention.events.SweepVerdictAnnounced;
import fi.servicedesk.retention.events.Topics;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Closes a sweep once it can be judged: when every expected owner has reported, or when the
 * time-out has passed and the silent ones are MISSING (R8, DESIGN §4), and announces the verdict.
 */
@ApplicationScoped
public class SweepVerdict {

    private final SweepMetrics metrics;
    private final Outbox outbox;

    SweepVerdict(SweepMetrics metrics, Outbox outbox) {
        this.metrics = metrics;
        this.outbox = outbox;
    }

    /** Closes {@code sweep} (locked by the caller) if it can be judged at {@code now}; otherwise leaves it RUNNING. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeIfDue(Sweep sweep, Instant now) {
        if (sweep.status != SweepStatus.RUNNING) {
            return;
        }
        var allReported = sweep.owners.stream().allMatch(o -> o.status == OwnerStatus.REPORTED);
        if (!allReported && !now.isAfter(sweep.deadline)) {
            return;
        }
        sweep.owners.stream().filter(o -> o.status == OwnerStatus.PENDING).forEach(o -> {
            o.status = OwnerStatus.MISSING;
            Log.warnf("Sweep %s: %s did not report before %s", sweep.id, o.service, sweep.deadline);
        });
        sweep.status = allReported && nothingExpiredRemains(sweep) ? SweepStatus.COMPLIANT : SweepStatus.NON_COMPLIANT;
        // Milliseconds, as the sweep's start: the announced time equals the stored one.
        sweep.finishedAt = now.truncatedTo(ChronoUnit.MILLIS);
        Log.infof("Sweep %s finished %s", sweep.id, sweep.status);
        metrics.finished(sweep);
        outbox.publish(Topics.VERDICTS, sweep.id.toString(), SweepVerdictAnnounced.TYPE, announcement(sweep));
    }

    /** The verdict as announced (DESIGN §4): per category over every owner, and who did not report. */
    static SweepVerdictAnnounced announcement(Sweep sweep) {
        var byCategory = new TreeMap<String, List<SweepResult>>();
        sweep.owners.forEach(o -> o.results.forEach(r -> byCategory.computeIfAbsent(r.category, c -> new ArrayList<>()).add(r)));
        var categories = byCategory.entrySet().stream().map(e -> {
            var results = e.getValue();
            return new SweepVerdictAnnounced.CategoryVerdict(e.getKey(), sweep.cutoffs.get(e.getKey()),
                    sum(results, r -> r.deleted), sum(results, r -> r.held), sum(results, r -> r.expiredUnheld),
                    results.stream().map(r -> r.oldestRemaining).filter(Objects::nonNull).min(Instant::compareTo).orElse(null),
                    results.stream().anyMatch(SweepVerdict::expiredUnheldRemains));
        }).toList();
        var missing = sweep.owners.stream().filter(o -> o.status == OwnerStatus.MISSING).map(o -> o.service).toList();
        return new SweepVerdictAnnounced(sweep.id, sweep.asOf, sweep.startedAt, sweep.finishedAt, sweep.status.name(),
                categories, missing);
    }

    private static long sum(List<SweepResult> results, Function<SweepResult, Long> count) {
        return results.stream().map(count).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
    }

    private static boolean nothingExpiredRemains(Sweep sweep) {
        return sweep.owners.stream().flatMap(o -> o.results.stream()).noneMatch(SweepVerdict::expiredUnheldRemains);
    }

    /**
     * An owner counts what it left past the cut-off as held (an active hold keeps it) or expiredUnheld
     * (nothing does); any expiredUnheld fails the sweep. An item older than the cut-off with nothing
     * reported as held is expired and unheld too, whatever the counts say.
     */
    static boolean expiredUnheldRemains(SweepResult result) {
        if (result.expiredUnheld != null && result.expiredUnheld > 0) {
            return true;
        }
        return result.oldestRemaining != null
                && result.oldestRemaining.isBefore(result.cutoff)
                && (result.held == null || result.held == 0);
    }
}
