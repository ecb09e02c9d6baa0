package fi.servicedesk.ingest.domain;

/** Something arrived for a call the platform never reported as completed; nothing of it is stored. */
public class UnknownCallException extends RuntimeException {

    public UnknownCallException(String callId) {
        super("No completed call " + callId + " is known; send call.completed first.");
    }
}
