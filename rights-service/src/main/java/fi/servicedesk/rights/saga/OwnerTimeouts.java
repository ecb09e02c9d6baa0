package fi.servicedesk.rights.saga;

import fi.servicedesk.rights.config.RightsConfig;
import fi.servicedesk.rights.domain.CaseOwnerRepository;
import fi.servicedesk.rights.domain.OwnerStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An owner that has not answered within {@code rights.owner-timeout} shows as OVERDUE on the case
 * and in the metrics (DESIGN §5: a missing answer is never silently ignored). A late answer still counts.
 */
@ApplicationScoped
public class OwnerTimeouts {

    private static final String SYSTEM = "rights-service";

    private final CaseOwnerRepository owners;
    private final RightsConfig config;
    private final Clock clock;
    private final AtomicLong overdueNow = new AtomicLong();
    private final Counter timedOut;

    OwnerTimeouts(CaseOwnerRepository owners, RightsConfig config, Clock clock, MeterRegistry registry) {
        this.owners = owners;
        this.config = config;
        this.clock = clock;
        registry.gauge("rights.owners.overdue", overdueNow);
        this.timedOut = Counter.builder("rights.owners.timed.out")
                .description("Owner answers that did not arrive within rights.owner-timeout")
                .register(registry);
    }

    /** Skipped while the application starts or stops: at shutdown it would reach a closed EntityManagerFactory. */
    @Scheduled(every = "${rights.overdue-check-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void markOverdue() {
        var now = Instant.now(clock);
        for (var owner : owners.pendingSince(now.minus(config.ownerTimeout()))) {
            owner.status = OwnerStatus.OVERDUE;
            owner.rightsCase.record(now, SYSTEM, "OWNER_OVERDUE",
                    owner.service + " has not answered within " + config.ownerTimeout());
            timedOut.increment();
            Log.warnf("Owner %s has not answered request %s in time", owner.service, owner.rightsCase.id);
        }
        overdueNow.set(owners.overdue());
    }
}
