package fi.servicedesk.redaction.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "redaction")
public interface RedactionConfig {

    Outbox outbox();

    /** Base64 of the secret key for keyed pseudonyms (HMAC-SHA256) of conversations and subjects. */
    String pseudonymKey();

    interface Outbox {
        /** How often OutboxRelay looks for unsent events (a duration, or {@code off} to stop it). */
        @WithDefault("0.2s")
        String relayEvery();
    }
}
