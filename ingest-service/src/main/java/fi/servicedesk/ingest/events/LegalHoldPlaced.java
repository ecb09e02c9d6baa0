package fi.servicedesk.ingest.events;

import java.time.Instant;
import java.util.UUID;

/** contracts/schemas/fi.servicedesk.rights.legal-hold-placed.v1.schema.json: exactly one of contactId and subject. */
public record LegalHoldPlaced(UUID holdId, UUID contactId, RightsRequested.SubjectHashes subject, Instant placedAt,
                              String placedBy) {

    public static final String TYPE = "fi.servicedesk.rights.legal-hold-placed.v1";
}
