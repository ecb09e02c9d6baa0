package fi.servicedesk.redaction.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "redaction")
public interface RedactionConfig {

    Outbox outbox();

    /** Base64 of the secret key for keyed pseudonyms (HMAC-SHA256) of conversations and subjects. */
    String pseudonymKey();

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
