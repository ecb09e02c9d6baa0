package fi.servicedesk.ingest.domain;

public enum Speaker {
    END_USER, AGENT, BOT
}
