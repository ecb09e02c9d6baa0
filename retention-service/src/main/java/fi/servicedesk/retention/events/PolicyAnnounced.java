package fi.servicedesk.retention.events;

import java.time.Instant;
import java.util.List;

/**
 * contracts/schemas/fi.servicedesk.retention.policy-announced.v1.schema.json: the retention periods
 * in force and who deletes what, announced with every sweep, so that the Art. 30 record rights-service
 * writes names the periods actually applied.
 */
public record PolicyAnnounced(Instant announcedAt, List<Period> categories, List<Owner> owners) {

    public static final String TYPE = "fi.servicedesk.retention.policy-announced.v1";

    public record Period(String category, String period, String requirement) {
    }

    public record Owner(String service, List<String> categories) {
    }
}
