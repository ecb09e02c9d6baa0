package fi.servicedesk.redaction.detection;

import java.util.List;

/** Finds one kind of identifying data in a text. */
public interface Detector {

    List<Finding> find(String text);
}
