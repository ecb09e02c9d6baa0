package fi.servicedesk.retention.domain;

public enum OwnerStatus {
    PENDING, REPORTED, MISSING
}
