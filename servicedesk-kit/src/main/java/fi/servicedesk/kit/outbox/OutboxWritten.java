package fi.servicedesk.kit.outbox;

/** Fired by {@link Outbox} for every row; {@link OutboxRelay} takes it up once the transaction has committed. */
public record OutboxWritten() {
}
