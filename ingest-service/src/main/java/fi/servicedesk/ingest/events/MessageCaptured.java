package fi.servicedesk.ingest.events;

import com.fasterxml.jackson.core.JsonGenerator;
import fi.servicedesk.kit.outbox.EventJson;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

/**
 * contracts/schemas/fi.servicedesk.ingest.message-captured.v1.schema.json. Published once per
 * message, so it writes its own JSON ({@link EventJson}): what Jackson would write for the record,
 * nulls included, times as {@link Instant#toString()} (ISO-8601, as Jackson writes them).
 */
public record MessageCaptured(UUID contactId, UUID messageId, String channel, int sequence, String speaker,
                              String language, String text, Instant occurredAt, Instant storedAt,
                              SubjectIdentifiers subject, String agentName) implements EventJson {

    public static final String TYPE = "fi.servicedesk.ingest.message-captured.v1";

    public record SubjectIdentifiers(String name, String email, String username, String phone) {
    }

    @Override
    public void writeJson(JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("contactId", contactId.toString());
        out.writeStringField("messageId", messageId.toString());
        out.writeStringField("channel", channel);
        out.writeNumberField("sequence", sequence);
        out.writeStringField("speaker", speaker);
        out.writeStringField("language", language);
        out.writeStringField("text", text);
        out.writeStringField("occurredAt", occurredAt.toString());
        out.writeStringField("storedAt", storedAt.toString());
        out.writeFieldName("subject");
        if (subject == null) {
            out.writeNull();
        } else {
            out.writeStartObject();
            out.writeStringField("name", subject.name());
            out.writeStringField("email", subject.email());
            out.writeStringField("username", subject.username());
            out.writeStringField("phone", subject.phone());
            out.writeEndObject();
        }
        out.writeStringField("agentName", agentName);
        out.writeEndObject();
    }
}
