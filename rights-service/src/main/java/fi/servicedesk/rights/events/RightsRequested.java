package fi.servicedesk.rights.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.servicedesk.rights.domain.RequestType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * contracts/schemas/fi.servicedesk.rights.{access,erasure,objection}-requested.v1.schema.json:
 * the subject by the hashes of its verified identifiers only (R10.5); erasure and objection name
 * every active hold (R3.1), access none.
 */
public record RightsRequested(UUID requestId, SubjectHashes subject, Instant requestedAt,
                              @JsonInclude(JsonInclude.Include.NON_NULL) List<CommandHold> holds, Reply reply) {

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
