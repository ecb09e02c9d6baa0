package fi.servicedesk.kit.schedule;

import fi.servicedesk.testsupport.ScheduledTasks;
import io.quarkus.runtime.ShutdownEvent;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationStoppingTest {

    @Test
    void runsUntilTheApplicationBeginsToStop() {
        var stopping = new ApplicationStopping();
        assertFalse(stopping.test(null), "runs while starting and running");

        stopping.onShutdown(new ShutdownEvent());

        assertTrue(stopping.test(null), "skips once shutdown has begun");
    }

    @Test
    void theKitsOwnTasksSkipWhileTheApplicationStops() {
        ScheduledTasks.assertNoneRunsWhileTheApplicationStops("fi.servicedesk.kit");
    }
}
