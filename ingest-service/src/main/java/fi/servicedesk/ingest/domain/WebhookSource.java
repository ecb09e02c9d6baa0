package fi.servicedesk.ingest.domain;

/**
 * Who calls a webhook; each signs with its own secret and has its own webhook-id namespace (the
 * telephony platform's covers its recording uploads too).
 */
public enum WebhookSource {
    CHAT, TELEPHONY, TRANSCRIPTION
}
