package fi.servicedesk.redaction.detection;

import java.util.List;

/** Finds one kind of identifying data in a text. Implementations are stateless and thread-safe. */
public interface Detector {

    /** Adds what it finds in {@code text} to {@code findings}. */
    void find(Text text, List<Finding> findings);
}
