package fi.servicedesk.rights.domain;

/** The rights a data subject can exercise through this service (R10.1-R10.3). */
public enum RequestType {
    ACCESS, RECTIFICATION, ERASURE, OBJECTION
}
