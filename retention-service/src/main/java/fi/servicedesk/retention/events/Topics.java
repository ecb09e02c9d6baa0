package fi.servicedesk.retention.events;

/** The topics of contracts/asyncapi.yaml that this service writes to. */
public final class Topics {

    public static final String SWEEPS = "retention.sweeps.v1";
    public static final String VERDICTS = "retention.verdicts.v1";

    private Topics() {
    }
}
