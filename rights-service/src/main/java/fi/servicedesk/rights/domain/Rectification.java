package fi.servicedesk.rights.domain;

/** R10.2: the identifier to replace and its new value. */
public record Rectification(String field, String newValue) {
}
