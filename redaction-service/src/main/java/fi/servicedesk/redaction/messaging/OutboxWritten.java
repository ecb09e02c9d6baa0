package fi.servicedesk.redaction.messaging;

import java.util.UUID;

/** Fired by {@link Outbox} for every row; {@link OutboxRelay} takes it up once the transaction has committed. */
public record OutboxWritten(UUID eventId) {
}
