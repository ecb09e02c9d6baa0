package fi.servicedesk.rights.domain;

import jakarta.validation.constraints.Size;

import static fi.servicedesk.kit.limits.MaxLengths.EMAIL;

/** R10.2: the identifier to replace and its new value. */
public record Rectification(@Size(max = 32) String field, @Size(max = EMAIL) String newValue) {
}
