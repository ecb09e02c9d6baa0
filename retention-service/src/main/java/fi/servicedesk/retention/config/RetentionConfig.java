package fi.servicedesk.retention.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "retention")
public interface RetentionConfig {

    Outbox outbox();

    interface Outbox {
        /** How often OutboxRelay looks for unsent events (a duration, or {@code off} to stop it). */
        @WithDefault("0.2s")
        String relayEvery();
    }
}
