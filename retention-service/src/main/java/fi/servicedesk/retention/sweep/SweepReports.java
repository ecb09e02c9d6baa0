package fi.servicedesk.retention.sweep;

import fi.servicedesk.retention.domain.OwnerStatus;
import fi.servicedesk.retention.domain.SweepOwner;
import fi.servicedesk.retention.domain.SweepRepository;
import fi.servicedesk.retention.domain.SweepResult;
import fi.servicedesk.retention.events.SweepCompleted;
import fi.servicedesk.retention.domain.Category;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Takes an owner's sweep report into the sweep it answers, and closes the sweep when it can. */
@ApplicationScoped
public class SweepReports {

    private final SweepRepository sweeps;
    private final SweepVerdict verdict;
    private final SweepMetrics metrics;
    private final Clock clock;

    SweepReports(SweepRepository sweeps, SweepVerdict verdict, SweepMetrics metrics, Clock clock) {
        this.sweeps = sweeps;
        this.verdict = verdict;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(SweepCompleted report) {
        var sweep = sweeps.findForUpdate(report.sweepId()).orElse(null);
        if (sweep == null) {
            // Another installation's sweep, or one whose record was removed: nothing to prove here.
            Log.warnf("Report of %s for unknown sweep %s ignored", report.service(), report.sweepId());
            return;
        }
        var owner = sweep.owner(report.service()).orElse(null);
        if (owner == null) {
            Log.warnf("Sweep %s: report of %s, which is not an expected owner, ignored", sweep.id, report.service());
            return;
        }
        if (owner.reportedAt != null) {
            Log.infof("Sweep %s: %s reported again; the first report stands", sweep.id, owner.service);
            return;
        }
        report.categories().forEach(line -> apply(owner, line, sweep.cutoffs.get(line.category())));
        if (owner.status == OwnerStatus.MISSING) {
            // Kept for the record, but the answer came after the time-out: the sweep stays NON_COMPLIANT.
            Log.warnf("Sweep %s: %s reported after the time-out", sweep.id, owner.service);
        } else {
            owner.status = OwnerStatus.REPORTED;
        }
        owner.reportedAt = clock.instant();
        metrics.reported(report);
        verdict.closeIfDue(sweep, clock.instant());
    }

    /** Judged against the cut-off this service asked for, not the one echoed back. */
    private static void apply(SweepOwner owner, SweepCompleted.CategoryReport line, Instant askedCutoff) {
        var result = owner.result(line.category()).orElseGet(() -> {
            var added = new SweepResult();
            added.id = UUID.randomUUID();
            added.owner = owner;
            added.category = Category.ofCode(line.category()).code();
            owner.results.add(added);
            return added;
        });
        result.cutoff = askedCutoff != null ? askedCutoff : line.cutoff();
        result.deleted = line.deleted();
        result.held = line.held();
        result.expiredUnheld = line.expiredUnheld();
        result.oldestRemaining = line.oldestRemaining();
    }
}
