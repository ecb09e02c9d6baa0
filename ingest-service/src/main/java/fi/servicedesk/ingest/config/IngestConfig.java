package fi.servicedesk.ingest.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "ingest")
public interface IngestConfig {

    Webhooks webhooks();

    Outbox outbox();

    Crypto crypto();

    Transcription transcription();

    Recordings recordings();

    GroupCommit groupCommit();

    Test test();

    /** How webhooks share transactions (capture/GroupCommit). */
    interface GroupCommit {
        /** How long the first webhook of a burst waits for others to share its transaction. */
        @WithDefault("2ms")
        Duration linger();

        /** The most webhooks in one transaction. */
        @WithDefault("64")
        int maxUnits();

        /** How many groups commit at once; 0 gives each webhook its own transaction. */
        @WithDefault("4")
        int lanes();
    }

    /** Only for tests that prove crash safety; never set in production. */
    interface Test {
        /**
         * A step after which the process halts at once, as {@code kill -9} would (exit 137), e.g.
         * {@code erasure-data-commit}; see crypto/KeyShredding for the steps. Empty: never.
         */
        Optional<String> haltAfter();
    }

    interface Recordings {
        /** The largest recording upload accepted (R5.4); {@code quarkus.http.limits.max-body-size} must allow it. */
        @WithDefault("200M")
        MemorySize maxBytes();

        /** How long storing one verified upload may take, in seconds (its transaction; the sender's pace is not in it). */
        @WithDefault("900")
        int uploadTimeoutSeconds();
    }

    interface Crypto {
        /** INGEST_MASTER_KEYS: {@code <version>:<base64 32 bytes>[,…]}; the highest version wraps new data keys. */
        String masterKeys();

        /**
         * SERVICEDESK_MATCHING_KEY: base64 of at least 32 bytes, shared with rights-service and the
         * other owners; the HMAC key of the identifiers' blind indexes, which are the matching hashes
         * of contracts/README.md, and the source of the command-sealing key.
         */
        String matchingKey();

        /** How often data keys wrapped by an older master key are re-wrapped with the newest (or {@code off}). */
        @WithDefault("1h")
        String rewrapEvery();

        /**
         * How long an unwrapped data key is remembered (0 for never). It bounds how long another
         * replica may still use a key this one destroyed, so it stays short.
         */
        @WithDefault("5S")
        Duration dataKeyCacheTtl();

        /** How often the key reconciler finishes or undoes half-done key work (or {@code off}); it also runs at start. */
        @WithDefault("10m")
        String reconcileEvery();

        /**
         * How old a key without a subject must be before the reconciler destroys it: a key is stored
         * before its subject's transaction commits, so this must exceed the longest transaction (a
         * recording upload's, {@code ingest.recordings.upload-timeout-seconds}).
         */
        @WithDefault("1H")
        Duration orphanKeyGrace();
    }

    /** The speech-to-text subcontractor that recordings are handed to (R7.1, R7.4). */
    interface Transcription {
        /** INGEST_TRANSCRIPTION_ENABLED: whether a stored recording becomes a transcription job at all. */
        @WithDefault("false")
        boolean enabled();

        /** INGEST_TRANSCRIPTION_URL: the subcontractor's API; the audio goes to {@code PUT <url>/jobs/<token>}. */
        Optional<URI> url();

        /** Who the transfer log names as the recipient (R7.1); the URL's host when not given. */
        Optional<String> recipient();

        /** INGEST_TRANSCRIPTION_BEARER_TOKEN: sent as {@code Authorization: Bearer …}. */
        Optional<String> bearerToken();

        /** INGEST_TRANSCRIPTION_USERNAME / _PASSWORD: HTTP basic credentials, when there is no bearer token. */
        Optional<String> username();

        Optional<String> password();

        /** A language hint (BCP 47, e.g. {@code fi}) sent as Content-Language; none when not given. */
        Optional<String> language();

        /** How often the dispatcher looks for due jobs (a duration, or {@code off}). */
        @WithDefault("2s")
        String dispatchEvery();

        /** Attempts before a job is FAILED. */
        @WithDefault("5")
        int maxAttempts();

        /** The wait after the first failed attempt; it doubles with each further one, up to {@link #maxBackoff()}. */
        @WithDefault("30S")
        Duration backoff();

        @WithDefault("1H")
        Duration maxBackoff();

        /** How long a claimed job is not offered to another dispatcher; if the process dies mid-send, it is retried after this. */
        @WithDefault("15M")
        Duration lease();

        @WithDefault("10S")
        Duration connectTimeout();

        /** How long to wait for the subcontractor's answer once the audio is sent. */
        @WithDefault("5M")
        Duration readTimeout();
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

    interface Webhooks {
        /** Standard Webhooks secrets per source, {@code whsec_…}, space-separated while rotating. */
        Secrets secrets();

        /** The largest body of any request but a recording upload (which has {@code ingest.recordings.max-bytes}). */
        @WithDefault("10M")
        MemorySize maxBodySize();

        /** How far a webhook-timestamp may be from now (replay protection). */
        @WithDefault("5M")
        Duration tolerance();

        /**
         * Chat and telephony webhooks answered by a plain Vert.x route ahead of the HTTP security
         * filters and Quarkus REST's routing (api/webhooks/DirectWebhookRoutes); false leaves them to Quarkus REST.
         */
        @WithDefault("true")
        boolean directRoute();
    }

    interface Secrets {
        String chat();

        String telephony();

        String transcription();
    }
}
