package fi.servicedesk.ingest.events;

/** The topics of contracts/asyncapi.yaml that this service writes to. */
public final class Topics {

    public static final String INTERACTIONS = "servicedesk.interactions.v1";
    public static final String PRIVACY_REPLIES = "privacy.replies.v1";
    public static final String RETENTION_REPORTS = "retention.reports.v1";

    private Topics() {
    }
}
