package fi.servicedesk.ingest.transcription;

import java.io.IOException;
import java.io.InputStream;

/**
 * Stored audio that can be read from the start more than once: a metadata filter reads it once
 * to find what to keep, and again to copy it, so a recording is never held whole in memory.
 */
@FunctionalInterface
public interface AudioSource {

    InputStream open() throws IOException;
}
