package fi.servicedesk.ingest.rights;

import java.time.Instant;
import java.util.List;

/** contracts/schemas/access-data.ingest-service.schema.json: everything ingest holds on a subject (R10.1). */
public record AccessDocument(String service, Instant generatedAt, List<SubjectEntry> subjects, List<ContactEntry> contacts,
                             List<TransferEntry> transfers, List<AccessLogEntry> accessLog) {

    public record SubjectEntry(String id, String name, String email, String username, String phone, Instant storedAt) {
    }

    public record ContactEntry(String id, String channel, String externalId, Instant startedAt, Instant endedAt,
                               String agentName, String purpose, Instant storedAt, List<String> heldBy,
                               List<MessageEntry> messages, RecordingEntry recording) {
    }

    public record MessageEntry(int seq, String speaker, String text, Instant at, Instant storedAt) {
    }

    /** The audio itself is not in the document: it is the reply's part named {@code file}. */
    public record RecordingEntry(String file, String contentType, long bytes, String sha256, Instant storedAt) {
    }

    public record TransferEntry(Instant at, String recipient, String what, String purpose, String contactId) {
    }

    public record AccessLogEntry(Instant at, String who, String reason, String contactId) {
    }
}
