package fi.servicedesk.ingest.webhooks;

/** Who calls a webhook; each signs with its own secret. */
public enum WebhookSource {
    CHAT, TELEPHONY, TRANSCRIPTION
}
