package fi.servicedesk.rights.compliance;

import fi.servicedesk.rights.domain.RightsCaseRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * What the suite's alerts read (k8s PrometheusRule): retention's last verdict, taken from the
 * announced verdicts because the sweep job's pod and its metrics are gone when Prometheus scrapes,
 * and the open cases past their due date. Read back from the database on a schedule, so every
 * replica shows the same values whichever consumed the event.
 */
@ApplicationScoped
public class ComplianceMetrics {

    private final RetentionVerdicts verdicts;
    private final RightsCaseRepository cases;
    private final Clock clock;
    private volatile double lastCompliant = Double.NaN;
    private volatile long lastAt;
    private volatile long lastCompliantAt;
    private volatile long casesPastDue;

    ComplianceMetrics(RetentionVerdicts verdicts, RightsCaseRepository cases, Clock clock, MeterRegistry registry) {
        this.verdicts = verdicts;
        this.cases = cases;
        this.clock = clock;
        Gauge.builder("retention.last.sweep.compliant", this, m -> m.lastCompliant)
                .description("1 when retention-service's last announced verdict was COMPLIANT, 0 when not; NaN before the first")
                .register(registry);
        Gauge.builder("retention.last.sweep.timestamp.seconds", this, m -> m.lastAt)
                .description("When the last announced sweep finished (epoch seconds; 0 if none yet)")
                .register(registry);
        Gauge.builder("retention.last.compliant.sweep.timestamp.seconds", this, m -> m.lastCompliantAt)
                .description("When the last compliant sweep finished (epoch seconds; 0 if none yet)")
                .register(registry);
        Gauge.builder("rights.cases.overdue", this, m -> m.casesPastDue)
                .description("Open data-subject requests past their due date (R10.6)")
                .register(registry);
    }

    /** Skipped while the application starts or stops: at shutdown it would reach a closed EntityManagerFactory. */
    @Scheduled(every = "${rights.metrics-refresh-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void refresh() {
        verdicts.standing().ifPresent(s -> {
            lastAt = s.lastAt().getEpochSecond();
            lastCompliant = s.lastCompliant() ? 1 : 0;
            lastCompliantAt = s.lastCompliantAt() == null ? 0 : s.lastCompliantAt().getEpochSecond();
        });
        casesPastDue = cases.countPastDue(Instant.now(clock));
    }
}
