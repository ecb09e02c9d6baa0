package fi.servicedesk.ingest.crypto;

import fi.servicedesk.kit.schedule.ApplicationStopping;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Rotation without downtime (R9.3): add a higher version to INGEST_MASTER_KEYS and restart;
 * new keys use it at once, this job re-wraps the old ones, and once it logs zero left the old
 * version can be removed from the secret.
 */
@ApplicationScoped
public class MasterKeyRotation {

    private final DataKeys keys;

    MasterKeyRotation(DataKeys keys) {
        this.keys = keys;
    }

    @Scheduled(every = "${ingest.crypto.rewrap-every:1h}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = ApplicationStopping.class)
    void rewrapOnSchedule() {
        int rewrapped = keys.rewrapToCurrentMasterKey();
        if (rewrapped > 0) {
            Log.infof("Re-wrapped %d data keys with the current master key", rewrapped);
        }
    }
}
