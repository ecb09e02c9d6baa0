package fi.servicedesk.rights.events;

/** The topics of contracts/asyncapi.yaml that this service writes to. */
public final class Topics {

    public static final String REQUESTS = "privacy.requests.v1";
    public static final String SWEEP_REPORTS = "retention.reports.v1";

    private Topics() {
    }
}
