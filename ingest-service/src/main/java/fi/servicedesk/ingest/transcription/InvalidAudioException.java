package fi.servicedesk.ingest.transcription;

/** The stored bytes are not the audio format they claim to be, so nothing of them may leave. */
public class InvalidAudioException extends RuntimeException {

    public InvalidAudioException(String message) {
        super(message);
    }
}
