package fi.servicedesk.redaction.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** contracts/schemas/fi.servicedesk.redaction.request-answered.v1.schema.json. Key: requestId. */
public record RequestAnswered(UUID requestId, String requestType, String service, int attempt, Instant answeredAt,
                              String outcome, List<Removed> removed, List<Kept> kept, String note, AccessPackage accessPackage) {

    public static final String TYPE = "fi.servicedesk.redaction.request-answered.v1";
    public static final String SERVICE = "redaction-service";

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
