package fi.servicedesk.retention.sweep;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Several replicas fire the same cron slot; only one sweep may start from it. */
@QuarkusTest
class ScheduledSweepTest {

    @Inject
    Sweeps sweeps;

    @Test
    void aScheduleSlotStartsOneSweepHoweverManyReplicasFireIt() {
        var slot = Instant.ofEpochSecond(ThreadLocalRandom.current().nextLong(1_000_000_000L, 4_000_000_000L));

        assertTrue(sweeps.startScheduled(slot).isPresent(), "the first replica claims the slot");
        assertTrue(sweeps.startScheduled(slot).isEmpty(), "the second replica finds it claimed");
    }
}
