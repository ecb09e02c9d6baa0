package fi.servicedesk.ingest.api.webhooks;

import fi.servicedesk.ingest.config.IngestConfig;
import fi.servicedesk.ingest.domain.WebhookSource;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Verifies each source's webhooks with that source's own secrets. */
@Singleton
public class WebhookVerifier {

    private final Map<WebhookSource, WebhookSignature> signatures;
    private final Clock clock;

    WebhookVerifier(IngestConfig config, Clock clock) {
        var webhooks = config.webhooks();
        this.signatures = Map.of(
                WebhookSource.CHAT, new WebhookSignature(webhooks.secrets().chat(), webhooks.tolerance()),
                WebhookSource.TELEPHONY, new WebhookSignature(webhooks.secrets().telephony(), webhooks.tolerance()),
                WebhookSource.TRANSCRIPTION, new WebhookSignature(webhooks.secrets().transcription(), webhooks.tolerance()));
        this.clock = clock;
    }

    public void verify(WebhookSource source, WebhookHeaders headers, byte[] body) {
        signatures.get(source).verify(headers.id(), headers.timestamp(), headers.signature(), body, Instant.now(clock));
    }

    /** For a body too large to hold: the headers are checked now, the HMAC as the body streams through. */
    public WebhookSignature.Streaming start(WebhookSource source, WebhookHeaders headers) {
        return signatures.get(source).start(headers.id(), headers.timestamp(), headers.signature(), Instant.now(clock));
    }
}
