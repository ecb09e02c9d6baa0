package fi.servicedesk.rights.events;

import fi.servicedesk.rights.domain.Identifiers;

import java.time.Instant;
import java.util.UUID;

/** contracts/schemas/fi.servicedesk.rights.legal-hold-placed.v1.schema.json (R3.1) */
public record LegalHoldPlaced(UUID holdId, UUID contactId, Identifiers subject, String reason, Instant placedAt,
                              String placedBy) {

    public static final String TYPE = "fi.servicedesk.rights.legal-hold-placed.v1";
}
