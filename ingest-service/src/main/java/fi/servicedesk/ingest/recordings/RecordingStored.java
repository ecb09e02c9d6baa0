package fi.servicedesk.ingest.recordings;

import java.util.UUID;

/**
 * Fired synchronously, inside the transaction that stored a call's recording, so that whatever
 * follows from it (the transcription hand-off, R7.1) is recorded atomically with the audio.
 */
public record RecordingStored(UUID recordingId, UUID contactId, String contentType) {
}
