package fi.servicedesk.kit.outbox;

/**
 * An outbox row on its way to Kafka with the bytes the record carries: the opened payload of a
 * sealed row as it was sealed, or a plain row's text in UTF-8, so the relay sends what it has
 * without making a string of it first.
 */
record OutgoingEvent(OutboxEvent row, byte[] value) {
}
