package fi.servicedesk.ingest.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "ingest")
public interface IngestConfig {

    Webhooks webhooks();

    Outbox outbox();

    Crypto crypto();

    Recordings recordings();

    interface Recordings {
        /** The largest recording upload accepted (R5.4); {@code quarkus.http.limits.max-body-size} must allow it. */
        @WithDefault("200M")
        MemorySize maxBytes();

        /** How long one upload may take, in seconds: it is one transaction from the first byte to the last. */
        @WithDefault("900")
        int uploadTimeoutSeconds();
    }

    interface Crypto {
        /** INGEST_MASTER_KEYS: {@code <version>:<base64 32 bytes>[,…]}; the highest version wraps new data keys. */
        String masterKeys();

        /** INGEST_BLIND_INDEX_KEY: base64 of 32 bytes, the HMAC key of the identifiers' blind indexes. */
        String blindIndexKey();

        /** How often data keys wrapped by an older master key are re-wrapped with the newest (or {@code off}). */
        @WithDefault("1h")
        String rewrapEvery();
    }

    interface Outbox {
        /** How often OutboxRelay looks for unsent events (a duration, or {@code off} to stop it). */
        @WithDefault("0.2s")
        String relayEvery();
    }

    interface Webhooks {
        /** Standard Webhooks secrets per source, {@code whsec_…}, space-separated while rotating. */
        Secrets secrets();

        /** The largest body of any request but a recording upload (which has {@code ingest.recordings.max-bytes}). */
        @WithDefault("10M")
        MemorySize maxBodySize();

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
