package fi.servicedesk.redaction.events;

/** The topics this service answers on (contracts/asyncapi.yaml). */
public final class Topics {

    public static final String PRIVACY_REPLIES = "privacy.replies.v1";
    public static final String RETENTION_REPORTS = "retention.reports.v1";

    private Topics() {
    }
}
