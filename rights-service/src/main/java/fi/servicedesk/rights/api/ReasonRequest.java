package fi.servicedesk.rights.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A decision's reason, given to the requester (R10.6) and kept in the case history. */
public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
}
