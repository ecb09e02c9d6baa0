package fi.servicedesk.ingest.domain;

/**
 * A contact that exists, row-locked for this transaction, with its subject and the number of its
 * last message ({@code lastSeq}, 0 before the first), as plain SQL read or made them: copies the
 * session does not manage, so changing them stores nothing.
 */
public record KnownContact(Contact contact, Subject subject, int lastSeq) {
}
