package fi.servicedesk.rights.events;

import fi.servicedesk.rights.domain.Identifiers;
import fi.servicedesk.rights.domain.RequestType;

import java.time.Instant;
import java.util.UUID;

/**
 * contracts/schemas/fi.servicedesk.rights.{access,erasure,objection}-requested.v1.schema.json,
 * which share this shape; identifiers are only those verified (R10.5).
 */
public record RightsRequested(UUID requestId, Identifiers identifiers, Instant requestedAt, Reply reply) {

    public static final String ACCESS = "fi.servicedesk.rights.access-requested.v1";
    public static final String ERASURE = "fi.servicedesk.rights.erasure-requested.v1";
    public static final String OBJECTION = "fi.servicedesk.rights.objection-requested.v1";

    public static String typeOf(RequestType type) {
        return switch (type) {
            case ACCESS -> ACCESS;
            case ERASURE -> ERASURE;
            case OBJECTION -> OBJECTION;
            case RECTIFICATION -> RectificationRequested.TYPE;
        };
    }
}
