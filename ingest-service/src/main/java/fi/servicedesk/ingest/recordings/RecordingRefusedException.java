package fi.servicedesk.ingest.recordings;

/** An upload that cannot be stored as it is; its transaction rolls back, so nothing of it stays. */
public class RecordingRefusedException extends RuntimeException {

    public enum Reason {
        /** Not the audio its content type says, or truncated. */
        INVALID_AUDIO,
        /** The call already has its recording; a second one is refused rather than replacing evidence (R3.1). */
        ALREADY_STORED,
        /** Larger than {@code ingest.recordings.max-bytes}. */
        TOO_LARGE
    }

    private final Reason reason;

    public RecordingRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
