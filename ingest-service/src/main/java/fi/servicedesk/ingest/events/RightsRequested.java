package fi.servicedesk.ingest.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The data of every rights command (contracts/schemas/fi.servicedesk.rights.{access,rectification,
 * erasure,objection}-requested.v1): they share this shape; only rectification has {@code rectification}.
 */
public record RightsRequested(UUID requestId, GivenIdentifiers identifiers, Instant requestedAt, Rectification rectification) {

    public static final String ACCESS = "fi.servicedesk.rights.access-requested.v1";
    public static final String RECTIFICATION = "fi.servicedesk.rights.rectification-requested.v1";
    public static final String ERASURE = "fi.servicedesk.rights.erasure-requested.v1";
    public static final String OBJECTION = "fi.servicedesk.rights.objection-requested.v1";

    public record GivenIdentifiers(String name, String email, String username, String phone) {
    }

    public record Rectification(String field, String newValue) {
    }
}
