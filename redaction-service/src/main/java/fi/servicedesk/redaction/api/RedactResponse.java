package fi.servicedesk.redaction.api;

import fi.servicedesk.redaction.detection.Redaction;

import java.util.List;

/** The redacted text and each replaced span, in UTF-16 offsets into the request's text. */
public record RedactResponse(String text, List<Entity> entities) {

    public record Entity(String type, int start, int end, String placeholder) {
    }

    static RedactResponse of(Redaction redaction) {
        return new RedactResponse(redaction.text(), redaction.replaced().stream()
                .map(r -> new Entity(r.finding().type().name(), r.finding().start(), r.finding().end(), r.placeholder()))
                .toList());
    }
}
