package fi.servicedesk.rights.cases;

import fi.servicedesk.rights.domain.Identifiers;
import fi.servicedesk.rights.domain.Rectification;
import fi.servicedesk.rights.domain.RequestType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** {@code POST /api/v1/requests}; receivedAt defaults to now, rectification is for RECTIFICATION only. */
public record CreateCaseRequest(@NotNull RequestType type, @NotNull @Valid Identifiers subject, Instant receivedAt,
                                @Size(max = 200) String channel, @Size(max = 10000) String details,
                                @Valid Rectification rectification) {
}
