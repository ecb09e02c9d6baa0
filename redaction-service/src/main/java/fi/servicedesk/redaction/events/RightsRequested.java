package fi.servicedesk.redaction.events;

import java.time.Instant;
import java.util.UUID;

/**
 * contracts/schemas/fi.servicedesk.rights.{access,erasure,objection,rectification}-requested.v1,
 * as this service reads them: the four share requestId, identifiers and requestedAt.
 */
public record RightsRequested(UUID requestId, Identifiers identifiers, Instant requestedAt, Rectification rectification) {

    public static final String ACCESS = "fi.servicedesk.rights.access-requested.v1";
    public static final String ERASURE = "fi.servicedesk.rights.erasure-requested.v1";
    public static final String OBJECTION = "fi.servicedesk.rights.objection-requested.v1";
    public static final String RECTIFICATION = "fi.servicedesk.rights.rectification-requested.v1";

    public record Identifiers(String name, String email, String username, String phone) {
    }

    public record Rectification(String field, String newValue) {
    }
}
