package fi.servicedesk.rights.events;

import fi.servicedesk.rights.domain.Identifiers;
import fi.servicedesk.rights.domain.Rectification;

import java.time.Instant;
import java.util.UUID;

/** contracts/schemas/fi.servicedesk.rights.rectification-requested.v1.schema.json (R10.2) */
public record RectificationRequested(UUID requestId, Identifiers identifiers, Instant requestedAt,
                                     Rectification rectification, Reply reply) {

    public static final String TYPE = "fi.servicedesk.rights.rectification-requested.v1";
}
