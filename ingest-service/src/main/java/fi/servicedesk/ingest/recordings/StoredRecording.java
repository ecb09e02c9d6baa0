package fi.servicedesk.ingest.recordings;

import java.time.Instant;
import java.util.UUID;

/** A call's recording as stored (R5.4): its facts; the audio itself is in its encrypted chunks. */
public record StoredRecording(UUID id, UUID contactId, UUID subjectId, String contentType, long bytes, String sha256,
                              Instant storedAt) {

    /** The file name the access package gives it. */
    public String fileName() {
        return contactId + ("audio/mpeg".equals(contentType) ? ".mp3" : ".wav");
    }
}
