package fi.servicedesk.retention.sweep;

import fi.servicedesk.retention.domain.SweepStatus;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Job mode (the Kubernetes CronJob, bin/suite sweep): one sweep, waited for until it is judged, and
 * an exit code the cluster can record: 0 when compliant, 2 when not. A crash (an exception out of
 * the sweep, a database or Kafka that cannot be reached) ends the process with Quarkus' 1, so the
 * CronJob's podFailurePolicy can retry a crash and never a non-compliant verdict.
 */
@ApplicationScoped
public class SweepJob {

    public static final int COMPLIANT = 0;
    public static final int NON_COMPLIANT = 2;
    private static final Duration POLL = Duration.ofMillis(500);

    private final Sweeps sweeps;
    private final SweepMetrics metrics;

    SweepJob(Sweeps sweeps, SweepMetrics metrics) {
        this.sweeps = sweeps;
        this.metrics = metrics;
    }

    /** Runs one sweep as of now, prints its report to {@code out} and returns the exit code. */
    @ActivateRequestContext
    public int run(PrintStream out) throws InterruptedException {
        var id = sweeps.start(null).id();
        // The reports are recorded by this process's consumer or by a service replica on the same
        // database; either way the sweep row tells when it is done, and the time-out bounds the wait.
        while (!sweeps.closeIfDue(id)) {
            Thread.sleep(POLL);
        }
        metrics.refresh();
        SweepView sweep = sweeps.get(id);
        out.print(SweepReportText.of(sweep));
        out.flush();
        Log.infof("Sweep %s finished %s", id, sweep.status());
        return SweepStatus.COMPLIANT.name().equals(sweep.status()) ? COMPLIANT : NON_COMPLIANT;
    }
}
