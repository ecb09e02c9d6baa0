package fi.servicedesk.retention.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * contracts/schemas/fi.servicedesk.retention.sweep-verdict.v1.schema.json: how a finished sweep was
 * judged, so that rights-service can show it and export it as metrics after the job's pod is gone.
 */
public record SweepVerdictAnnounced(UUID sweepId, Instant asOf, Instant startedAt, Instant finishedAt, String verdict,
                                    List<CategoryVerdict> categories, List<String> missingOwners) {

    public static final String TYPE = "fi.servicedesk.retention.sweep-verdict.v1";

    /** One category over every owner that deletes it: sums of the counts, the oldest item any of them left. */
    public record CategoryVerdict(String category, Instant cutoff, long deleted, long held, long expiredUnheld,
                                  Instant oldestRemaining, boolean expiredRemains) {
    }
}
