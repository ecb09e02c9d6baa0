package fi.servicedesk.ingest.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** contracts/schemas/fi.servicedesk.ingest.request-answered.v1.schema.json */
public record RequestAnswered(UUID requestId, String requestType, String service, int attempt, Instant answeredAt,
                              String outcome, List<Removed> removed, List<Kept> kept, String note, AccessPackage accessPackage) {

    public static final String TYPE = "fi.servicedesk.ingest.request-answered.v1";
    public static final String SERVICE = "ingest-service";

    public record Removed(String category, long count) {
    }

    public record Kept(String category, long count, String reason) {
    }

    /** ACCESS: the reply's parts in the order their chunks were sent, {@code chunks} in all. */
    public record AccessPackage(int chunks, List<Part> parts) {
    }

    public record Part(String name, int chunks, long bytes, String sha256, String contentType) {
    }
}
