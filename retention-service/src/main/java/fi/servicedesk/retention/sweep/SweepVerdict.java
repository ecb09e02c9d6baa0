package fi.servicedesk.retention.sweep;

import fi.servicedesk.retention.domain.OwnerStatus;
import fi.servicedesk.retention.domain.Sweep;
import fi.servicedesk.retention.domain.SweepResult;
import fi.servicedesk.retention.domain.SweepStatus;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Closes a sweep once it can be judged: when every expected owner has reported, or when the
 * time-out has passed and the silent ones are MISSING (R8, DESIGN §4).
 */
@ApplicationScoped
public class SweepVerdict {

    private final SweepMetrics metrics;

    SweepVerdict(SweepMetrics metrics) {
        this.metrics = metrics;
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
        sweep.finishedAt = now;
        Log.infof("Sweep %s finished %s", sweep.id, sweep.status);
        metrics.finished(sweep);
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
