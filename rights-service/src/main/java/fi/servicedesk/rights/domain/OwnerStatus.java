package fi.servicedesk.rights.domain;

public enum OwnerStatus {
    PENDING, ANSWERED, OVERDUE
}
