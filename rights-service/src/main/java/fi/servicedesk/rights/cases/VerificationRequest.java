package fi.servicedesk.rights.cases;

import fi.servicedesk.rights.domain.VerificationMethod;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** {@code POST /api/v1/requests/{id}/verification}: the identifiers the caller has verified, and how. */
public record VerificationRequest(@NotEmpty List<@Size(max = 32) String> verified, @NotNull VerificationMethod method,
                                  @Size(max = 2000) String note) {
}
