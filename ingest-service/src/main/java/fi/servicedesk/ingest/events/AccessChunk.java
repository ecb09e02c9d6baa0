package fi.servicedesk.ingest.events;

import java.util.UUID;

/** contracts/schemas/fi.servicedesk.ingest.access-chunk.v1.schema.json: data is base64 of at most 256 KiB. */
public record AccessChunk(UUID requestId, String service, int index, String data) {

    public static final String TYPE = "fi.servicedesk.ingest.access-chunk.v1";
}
