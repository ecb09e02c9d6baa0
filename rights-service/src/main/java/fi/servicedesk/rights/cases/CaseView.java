package fi.servicedesk.rights.cases;

import fi.servicedesk.rights.domain.CaseStatus;
import fi.servicedesk.rights.domain.Identifiers;
import fi.servicedesk.rights.domain.OwnerStatus;
import fi.servicedesk.rights.domain.Rectification;
import fi.servicedesk.rights.domain.RequestType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case as every case endpoint returns it (the DPO portal's contract, issue #6). */
public record CaseView(UUID id, RequestType type, CaseStatus status, Identifiers subject, Instant receivedAt,
                       Instant dueAt, long daysLeft, boolean extended, String channel, String details,
                       Rectification rectification, List<Verification> verification, List<Owner> owners,
                       List<HistoryItem> history) {

    public record Verification(String identifier, String method, String by, Instant at) {
    }

    /**
     * {@code failure} says why an answer does not complete the case; null when it does. {@code attempt}
     * counts the times the owner was asked.
     */
    public record Owner(String service, OwnerStatus status, Instant answeredAt, String summary, String failure, int attempt) {
    }

    public record HistoryItem(Instant at, String by, String action, String note) {
    }
}
