package fi.servicedesk.retention.sweep;

import fi.servicedesk.kit.schedule.ApplicationStopping;
import fi.servicedesk.retention.config.RetentionConfig;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.temporal.ChronoUnit;

/** Service mode's clockwork: the cron sweep, and closing sweeps whose owners ran out of time. */
@ApplicationScoped
public class SweepScheduler {

    private final Sweeps sweeps;
    private final SweepMetrics metrics;
    private final RetentionConfig config;

    SweepScheduler(Sweeps sweeps, SweepMetrics metrics, RetentionConfig config) {
        this.sweeps = sweeps;
        this.metrics = metrics;
        this.config = config;
    }

    /**
     * Every replica fires; the fire time is the slot only one of them can claim. Skipped once the
     * application stops, but not while it starts, which would skip a slot that fires at start.
     */
    @Scheduled(cron = "${retention.schedule}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = ApplicationStopping.class)
    void sweepOnSchedule(ScheduledExecution execution) {
        if (config.mode() == RetentionConfig.Mode.JOB) {
            return;
        }
        var slot = execution.getScheduledFireTime().truncatedTo(ChronoUnit.SECONDS);
        sweeps.startScheduled(slot).ifPresentOrElse(
                sweep -> Log.infof("Scheduled sweep %s started for slot %s", sweep.id(), slot),
                () -> Log.debugf("Slot %s already swept by another replica", slot));
    }

    /**
     * Skipped while the application starts or stops: a check that fires during shutdown would reach
     * a closed EntityManagerFactory and log an error for nothing; the next replica or start checks
     * again.
     */
    @Scheduled(every = "${retention.timeout-check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void closeOverdue() {
        sweeps.overdue().forEach(sweeps::closeIfDue);
        metrics.refresh();
    }
}
