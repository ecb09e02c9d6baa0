package fi.servicedesk.redaction.events;

import java.time.Instant;
import java.util.UUID;

/** contracts/schemas/fi.servicedesk.ingest.message-captured.v1.schema.json, as this service reads it. */
public record MessageCaptured(UUID contactId, UUID messageId, String channel, int sequence, String speaker,
                              String language, String text, Instant occurredAt, Instant storedAt,
                              SubjectIdentifiers subject, String agentName) {

    public static final String TYPE = "fi.servicedesk.ingest.message-captured.v1";

    public record SubjectIdentifiers(String name, String email, String username, String phone) {
    }
}
