package fi.servicedesk.rights.events;

import java.time.Instant;
import java.util.UUID;

/**
 * contracts/schemas/fi.servicedesk.rights.legal-hold-placed.v1.schema.json (R3.1). No reason: a
 * dispute's free text may name people, so it stays here, sealed (issue 12).
 */
public record LegalHoldPlaced(UUID holdId, UUID contactId, SubjectHashes subject, Instant placedAt, String placedBy) {

    public static final String TYPE = "fi.servicedesk.rights.legal-hold-placed.v1";
}
