package fi.servicedesk.redaction.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Body of {@code POST /api/v1/redact}. */
public record RedactRequest(
        @NotBlank String text,
        @Pattern(regexp = "fi|en") String language,
        @Size(max = 50) List<@Size(max = 320) String> knownIdentifiers) {
}
