package fi.servicedesk.retention.sweep;

import fi.servicedesk.kit.schedule.ApplicationStopping;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SweepSchedulerTest {

    /** ApplicationNotRunning would also skip a slot that fires while the application starts. */
    @Test
    void theCronSweepRunsFromTheFirstFireTime() throws NoSuchMethodException {
        var sweep = SweepScheduler.class
                .getDeclaredMethod("sweepOnSchedule", ScheduledExecution.class)
                .getAnnotation(Scheduled.class);

        assertEquals(ApplicationStopping.class, sweep.skipExecutionIf());
    }
}
