package fi.servicedesk.rights.events;

import java.util.UUID;

/**
 * contracts/schemas/fi.servicedesk.{ingest,redaction}.access-chunk.v1.schema.json: ≤ 256 KiB of one
 * part of an owner's reply, encrypted to the case, base64.
 */
public record AccessChunk(UUID requestId, String service, int attempt, String part, int index, String data) {

    public static final String INGEST = "fi.servicedesk.ingest.access-chunk.v1";
    public static final String REDACTION = "fi.servicedesk.redaction.access-chunk.v1";
}
