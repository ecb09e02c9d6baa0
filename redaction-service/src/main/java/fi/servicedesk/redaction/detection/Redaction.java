package fi.servicedesk.redaction.detection;

import java.util.List;

/** The redacted text and what was replaced where (offsets into the original). */
public record Redaction(String text, List<Replaced> replaced) {

    public record Replaced(Finding finding, String placeholder) {
    }
}
