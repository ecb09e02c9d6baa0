package fi.servicedesk.ingest.domain;

public enum Channel {
    CHAT, PHONE
}
