package fi.servicedesk.retention.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** contracts/schemas/fi.servicedesk.retention.sweep-requested.v1.schema.json; cutoffs keyed by category code. */
public record SweepRequested(UUID sweepId, Instant asOf, Instant requestedAt, Map<String, Instant> cutoffs,
                             List<String> expectedOwners) {

    public static final String TYPE = "fi.servicedesk.retention.sweep-requested.v1";
}
