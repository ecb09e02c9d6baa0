package fi.servicedesk.retention;

import fi.servicedesk.retention.config.RetentionConfig;
import fi.servicedesk.retention.sweep.SweepJob;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Service mode serves until stopped; job mode (retention.mode=job) runs one sweep and exits with its verdict. */
@QuarkusMain
public class RetentionMain implements QuarkusApplication {

    private final RetentionConfig config;
    private final SweepJob job;

    RetentionMain(RetentionConfig config, SweepJob job) {
        this.config = config;
        this.job = job;
    }

    @Override
    public int run(String... args) throws InterruptedException {
        if (config.mode() == RetentionConfig.Mode.JOB) {
            return job.run(System.out);
        }
        Quarkus.waitForExit();
        return 0;
    }
}
