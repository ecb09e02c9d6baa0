package fi.servicedesk.rights.events;

import java.util.UUID;

/**
 * An active legal hold as erasure and objection commands name it (R3.1): on a contact, or on a
 * subject's hashes; its reason stays in rights-service.
 */
public record CommandHold(UUID holdId, UUID contactId, SubjectHashes subject) {
}
