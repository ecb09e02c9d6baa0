package fi.servicedesk.ingest.lookup;

import java.time.Instant;
import java.util.UUID;

/** One access-audit entry (R9.2): who read which subject's data, when, and why. */
public record AuditEntryView(UUID id, Instant at, String who, String reason, UUID subjectId, UUID contactId) {
}
