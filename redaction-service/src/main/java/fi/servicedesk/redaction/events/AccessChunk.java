package fi.servicedesk.redaction.events;

import java.util.UUID;

/**
 * contracts/schemas/fi.servicedesk.redaction.access-chunk.v1.schema.json. Key: requestId. data is at
 * most 256 KiB of a part of the reply, encrypted to the case (contracts/README.md "Reply encryption").
 */
public record AccessChunk(UUID requestId, String service, int attempt, String part, int index, String data) {

    public static final String TYPE = "fi.servicedesk.redaction.access-chunk.v1";
}
