package fi.servicedesk.retention;

import fi.servicedesk.testsupport.ScheduledTasks;
import org.junit.jupiter.api.Test;

class ScheduledTasksTest {

    @Test
    void noScheduledTaskRunsWhileTheApplicationStops() {
        ScheduledTasks.assertNoneRunsWhileTheApplicationStops("fi.servicedesk.retention");
    }
}
