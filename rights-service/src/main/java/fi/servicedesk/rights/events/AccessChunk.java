package fi.servicedesk.rights.events;

import java.util.UUID;

/** contracts/schemas/fi.servicedesk.{ingest,redaction}.access-chunk.v1.schema.json: base64 of ≤ 256 KiB. */
public record AccessChunk(UUID requestId, String service, int index, String data) {

    public static final String INGEST = "fi.servicedesk.ingest.access-chunk.v1";
    public static final String REDACTION = "fi.servicedesk.redaction.access-chunk.v1";
}
