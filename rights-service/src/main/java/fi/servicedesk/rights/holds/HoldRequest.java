package fi.servicedesk.rights.holds;

import fi.servicedesk.rights.domain.Identifiers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** {@code POST /api/v1/holds}: a contact or a subject, exactly one, and the dispute's reason (R3.1). */
public record HoldRequest(UUID contactId, @Valid Identifiers subject, @NotBlank @Size(max = 2000) String reason) {
}
