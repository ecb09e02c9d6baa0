package fi.servicedesk.rights.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** contracts/schemas/fi.servicedesk.retention.sweep-verdict.v1.schema.json (R8, DESIGN §4) */
public record SweepVerdictAnnounced(UUID sweepId, Instant asOf, Instant startedAt, Instant finishedAt, String verdict,
                                    List<CategoryVerdict> categories, List<String> missingOwners) {

    public static final String TYPE = "fi.servicedesk.retention.sweep-verdict.v1";
    public static final String COMPLIANT = "COMPLIANT";

    public record CategoryVerdict(String category, Instant cutoff, long deleted, long held, long expiredUnheld,
                                  Instant oldestRemaining, boolean expiredRemains) {
    }
}
