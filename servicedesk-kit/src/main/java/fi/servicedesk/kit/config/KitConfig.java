package fi.servicedesk.kit.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The kit's settings, the same in every service (docs/messaging.md lists them with their
 * environment variables, e.g. {@code SERVICEDESK_OUTBOX_BATCH_SIZE}).
 */
@ConfigMapping(prefix = "servicedesk")
public interface KitConfig {

    Outbox outbox();

    Consumers consumers();

    /**
     * How long inbox and webhook-receipt rows are kept to recognise a redelivery. Longer than the
     * longest topic retention (14 days) and any sender's retry window, so no repeat can outlive it.
     */
    @WithDefault("P30D")
    Duration deduplicationWindow();

    /** The topic a record that can never be applied goes to; CloudEvents on it keep their id and type. */
    @WithDefault("servicedesk.dlq.${quarkus.application.name}")
    String deadLetterTopic();

    interface Outbox {

        /** How often the relay looks for rows whose wake-up was lost; a commit wakes it at once. */
        @WithDefault("1s")
        String relayEvery();

        /**
         * How long a wake-up on commit waits before the relay reads the outbox, so the commits of
         * a burst leave in one round (one read, one batch to Kafka, one delete) instead of one each.
         */
        @WithDefault("5ms")
        Duration linger();

        /** Rows sent per round; the relay holds its leadership lock for one round. */
        @WithDefault("500")
        int batchSize();

        /**
         * The most payload bytes (as stored) one round reads, so a round of large rows (an access
         * reply's chunks) holds a few MB, while a round of small ones still takes
         * {@link #batchSize()}; a round takes at least one row, however large.
         */
        @WithDefault("8M")
        MemorySize batchBytes();

        /** How long one round waits for the broker's acknowledgements. */
        @WithDefault("30s")
        Duration sendTimeout();

        /** First wait after the broker failed a round; it doubles up to {@link #maxBackoff()}. */
        @WithDefault("200ms")
        Duration backoff();

        @WithDefault("30s")
        Duration maxBackoff();
    }

    interface Consumers {

        /** First wait before a record whose effect failed for a passing reason is tried again; doubles. */
        @WithDefault("200ms")
        Duration backoff();

        @WithDefault("30s")
        Duration maxBackoff();
    }
}
