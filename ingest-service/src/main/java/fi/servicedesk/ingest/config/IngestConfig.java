package fi.servicedesk.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "ingest")
public interface IngestConfig {

    Webhooks webhooks();

    Outbox outbox();

    interface Outbox {
        /** How often OutboxRelay looks for unsent events (a duration, or {@code off} to stop it). */
        @WithDefault("0.2s")
        String relayEvery();
    }

    interface Webhooks {
        /** Standard Webhooks secrets per source, {@code whsec_…}, space-separated while rotating. */
        Secrets secrets();

        /** How far a webhook-timestamp may be from now (replay protection). */
        @WithDefault("5M")
        Duration tolerance();
    }

    interface Secrets {
        String chat();

        String telephony();

        String transcription();
    }
}
