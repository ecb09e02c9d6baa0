package fi.servicedesk.rights.domain;

/** A case's lifecycle (DESIGN §5): received → verified → executing → completed, or rejected. */
public enum CaseStatus {
    RECEIVED, VERIFIED, EXECUTING, COMPLETED, REJECTED;

    public boolean isClosed() {
        return this == COMPLETED || this == REJECTED;
    }
}
