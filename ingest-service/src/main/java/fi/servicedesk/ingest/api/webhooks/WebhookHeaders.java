package fi.servicedesk.ingest.api.webhooks;

/** The Standard Webhooks headers of a request. */
public record WebhookHeaders(String id, String timestamp, String signature) {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";
}
