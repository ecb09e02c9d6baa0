package fi.servicedesk.rights.holds;

import fi.servicedesk.rights.domain.Identifiers;

import java.time.Instant;
import java.util.UUID;

/** A legal hold as the hold endpoints return it; liftedAt is null while it keeps data. */
public record HoldView(UUID id, UUID contactId, Identifiers subject, String reason, Instant placedAt, String placedBy,
                       Instant liftedAt, String liftedBy) {
}
