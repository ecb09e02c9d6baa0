package fi.servicedesk.retention.api;

import java.time.Instant;

/** Body of POST /api/v1/sweeps: {@code {}} sweeps as of now, {@code {"asOf"}} as of that instant. */
public record SweepRequest(Instant asOf) {
}
