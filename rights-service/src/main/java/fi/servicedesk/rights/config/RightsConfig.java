package fi.servicedesk.rights.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "rights")
public interface RightsConfig {

    Outbox outbox();

    interface Outbox {
        /** How often OutboxRelay looks for unsent events (a duration, or {@code off} to stop it). */
        @WithDefault("0.2s")
        String relayEvery();
    }
}
