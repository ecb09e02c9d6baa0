package fi.servicedesk.ingest.domain;

/**
 * What a stored item serves (R3.3). Ingest holds purpose A (disputes, R3.1) only: purpose B
 * (bot development, R3.2) is served by redaction-service's de-identified corpus.
 */
public enum Purpose {
    A
}
