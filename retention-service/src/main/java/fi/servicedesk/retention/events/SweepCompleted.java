package fi.servicedesk.retention.events;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * contracts/schemas/fi.servicedesk.{ingest,redaction,rights}.sweep-completed.v1.schema.json: the three
 * owners' reports share one shape.
 */
public record SweepCompleted(UUID sweepId, String service, Instant completedAt, List<CategoryReport> categories) {

    public static final Set<String> TYPES = Set.of(
            "fi.servicedesk.ingest.sweep-completed.v1",
            "fi.servicedesk.redaction.sweep-completed.v1",
            "fi.servicedesk.rights.sweep-completed.v1");

    public record CategoryReport(String category, Instant cutoff, long deleted, long held, long expiredUnheld,
                                 Instant oldestRemaining) {
    }
}
