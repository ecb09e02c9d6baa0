package fi.servicedesk.redaction.events;

import java.util.UUID;

/** contracts/schemas/fi.servicedesk.redaction.access-chunk.v1.schema.json. Key: requestId. */
public record AccessChunk(UUID requestId, String service, int index, String data) {

    public static final String TYPE = "fi.servicedesk.redaction.access-chunk.v1";
}
