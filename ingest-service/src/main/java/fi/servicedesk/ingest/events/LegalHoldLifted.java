package fi.servicedesk.ingest.events;

import java.time.Instant;
import java.util.UUID;

/** contracts/schemas/fi.servicedesk.rights.legal-hold-lifted.v1.schema.json */
public record LegalHoldLifted(UUID holdId, Instant liftedAt, String liftedBy) {

    public static final String TYPE = "fi.servicedesk.rights.legal-hold-lifted.v1";
}
