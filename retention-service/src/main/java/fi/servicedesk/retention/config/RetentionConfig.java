package fi.servicedesk.retention.config;

import fi.servicedesk.retention.domain.Category;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;

@ConfigMapping(prefix = "retention")
public interface RetentionConfig {

    Outbox outbox();

    Policy policy();

    /**
     * The services that must answer every sweep, each with the categories it deletes. Its keys are
     * the expected owners (defaults in application.properties).
     */
    Map<String, List<Category>> owners();

    /** {@code service} (REST API and cron) or {@code job} (one sweep, then exit: the Kubernetes CronJob). */
    @WithDefault("service")
    Mode mode();

    /** Quartz-style cron of the service-mode sweep, or {@code off}. */
    @WithDefault("0 0 2 * * ?")
    String schedule();

    /** How long owners have to report before a sweep is closed with them MISSING. */
    @WithDefault("PT2M")
    Duration sweepTimeout();

    /** How often overdue sweeps are looked for and closed. */
    @WithDefault("5s")
    String timeoutCheckEvery();

    /** Lets a sweep's asOf lie in the future so tests and the local suite can age data; never in production. */
    @WithDefault("false")
    boolean allowFutureAsOf();

    enum Mode {
        SERVICE, JOB
    }

    /** One ISO-8601 period per category; the clock is the item's storedAt (R8). */
    interface Policy {
        @WithDefault("P12M")
        Period contact();

        @WithDefault("P12M")
        Period message();

        @WithDefault("P3M")
        Period recording();

        @WithDefault("P12M")
        Period corpus();

        @WithName("rights-case")
        @WithDefault("P3Y")
        Period rightsCase();

        @WithDefault("P2Y")
        Period audit();
    }

    interface Outbox {
        /**
         * How often OutboxRelay looks for rows whose commit-time wake-up was lost (a crash, a failed
         * send): the safety net, since rows are relayed as soon as they commit. {@code off} stops only
         * this schedule. Quarkus runs schedules at most once a second.
         */
        @WithDefault("1s")
        String relayEvery();
    }
}
