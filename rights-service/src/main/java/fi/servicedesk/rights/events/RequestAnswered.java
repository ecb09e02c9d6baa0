package fi.servicedesk.rights.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** contracts/schemas/fi.servicedesk.{ingest,redaction}.request-answered.v1.schema.json, which share this shape. */
public record RequestAnswered(UUID requestId, String requestType, String service, int attempt, Instant answeredAt,
                              String outcome, List<Removed> removed, List<Kept> kept, String note, AccessPackage accessPackage) {

    public static final String INGEST = "fi.servicedesk.ingest.request-answered.v1";
    public static final String REDACTION = "fi.servicedesk.redaction.request-answered.v1";

    public record Removed(String category, long count) {
    }

    public record Kept(String category, long count, String reason) {
    }

    /** ACCESS only: the reply's parts in the order their chunks were sent, {@code chunks} in all, to check them. */
    public record AccessPackage(int chunks, List<Part> parts) {
    }

    public record Part(String name, int chunks, long bytes, String sha256, String contentType) {
    }
}
