package fi.servicedesk.retention.sweep;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SweepSchedulerTest {

    @Test
    void theOverdueCheckDoesNotRunWhileTheApplicationStops() throws NoSuchMethodException {
        var check = SweepScheduler.class.getDeclaredMethod("closeOverdue").getAnnotation(Scheduled.class);

        assertEquals(Scheduled.ApplicationNotRunning.class, check.skipExecutionIf());
    }

    @Test
    void theCronSweepRunsFromTheFirstFireTime() throws NoSuchMethodException {
        var sweep = SweepScheduler.class
                .getDeclaredMethod("sweepOnSchedule", ScheduledExecution.class)
                .getAnnotation(Scheduled.class);

        assertEquals(Scheduled.Never.class, sweep.skipExecutionIf());
    }
}
