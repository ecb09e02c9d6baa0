package fi.servicedesk.kit.outbox;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/**
 * An event payload that writes its own JSON, for an event published so often that finding and
 * running Jackson's serialisers for it would be a visible share of its service's CPU. What it
 * writes must be what {@code ObjectMapper} would write for it; a test of each implementation
 * compares the two.
 */
public interface EventJson {

    /** Writes this payload as one JSON object. */
    void writeJson(JsonGenerator out) throws IOException;
}
