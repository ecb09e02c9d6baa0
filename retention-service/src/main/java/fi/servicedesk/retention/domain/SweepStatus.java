package fi.servicedesk.retention.domain;

public enum SweepStatus {
    RUNNING, COMPLIANT, NON_COMPLIANT
}
