package fi.servicedesk.rights.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** contracts/schemas/fi.servicedesk.rights.sweep-completed.v1.schema.json */
public record SweepCompleted(UUID sweepId, String service, Instant completedAt, List<CategoryReport> categories) {

    public static final String TYPE = "fi.servicedesk.rights.sweep-completed.v1";
    public static final String SERVICE = "rights-service";

    public record CategoryReport(String category, Instant cutoff, long deleted, long held, long expiredUnheld,
                                 Instant oldestRemaining) {
    }
}
