package fi.servicedesk.redaction.detection;

/** A span of the input, in UTF-16 offsets, that identifies someone. */
public record Finding(EntityType type, int start, int end) {

    public int length() {
        return end - start;
    }
}
