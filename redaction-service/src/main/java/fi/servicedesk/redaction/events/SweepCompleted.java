package fi.servicedesk.redaction.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** contracts/schemas/fi.servicedesk.redaction.sweep-completed.v1.schema.json. Key: sweepId. */
public record SweepCompleted(UUID sweepId, String service, Instant completedAt, List<Category> categories) {

    public static final String TYPE = "fi.servicedesk.redaction.sweep-completed.v1";

    public record Category(String category, Instant cutoff, long deleted, long held, long expiredUnheld,
                           Instant oldestRemaining) {
    }
}
