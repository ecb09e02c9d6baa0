package fi.servicedesk.rights.events;

import java.time.Instant;
import java.util.UUID;

/** contracts/schemas/fi.servicedesk.rights.rectification-requested.v1.schema.json (R10.2) */
public record RectificationRequested(UUID requestId, SubjectHashes subject, Instant requestedAt,
                                     SealedRectification rectification, Reply reply) {

    public static final String TYPE = "fi.servicedesk.rights.rectification-requested.v1";

    /** The identifier to replace and its new value, sealed (CommandSeal). */
    public record SealedRectification(String field, String sealedValue) {
    }
}
