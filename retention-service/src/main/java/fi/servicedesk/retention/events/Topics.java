package fi.servicedesk.retention.events;

/** The topics of contracts/asyncapi.yaml that this service writes to. */
public final class Topics {

    public static final String SWEEPS = "retention.sweeps.v1";

    private Topics() {
    }
}
