package fi.servicedesk.kit.schedule;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Skips a scheduled task once the application has begun to stop, and only then. A task that fires
 * during shutdown reaches a closed EntityManagerFactory and logs an error at every stop. Quarkus'
 * {@link Scheduled.ApplicationNotRunning} also skips while the application starts, which is wrong
 * for a task whose first firing matters: an {@code every} schedule fires first as the scheduler
 * starts, and a skipped first run of a reconciler or a sweep waits a whole period.
 */
@Singleton
public class ApplicationStopping implements Scheduled.SkipPredicate {

    private volatile boolean stopping;

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return stopping;
    }
}
