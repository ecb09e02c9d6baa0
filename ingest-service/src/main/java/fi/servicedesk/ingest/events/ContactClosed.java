package fi.servicedesk.ingest.events;

import java.time.Instant;
import java.util.UUID;

/** contracts/schemas/fi.servicedesk.ingest.contact-closed.v1.schema.json */
public record ContactClosed(UUID contactId, String channel, Instant closedAt, long messageCount) {

    public static final String TYPE = "fi.servicedesk.ingest.contact-closed.v1";
}
