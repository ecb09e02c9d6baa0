package fi.servicedesk.ingest.transcription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One recording to be transcribed by the subcontractor, known to it only by {@link #token} (R7.4). */
@Entity
@Table(name = "transcription_job")
public class TranscriptionJob {

    public enum State {
        /** Waiting for its (next) attempt at {@link #nextAttemptAt}. */
        PENDING,
        /** The subcontractor accepted the audio; its callback is awaited. */
        SENT,
        /** The transcript is stored as the contact's messages. */
        COMPLETED,
        /** Given up on after the configured attempts, or refused for good. */
        FAILED
    }

    @Id
    public UUID id;

    public String token;

    @Column(name = "recording_id")
    public UUID recordingId;

    @Column(name = "contact_id")
    public UUID contactId;

    @Enumerated(EnumType.STRING)
    public State state;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** Why the last attempt failed: a status or an exception class, never audio or personal data. */
    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "completed_at")
    public Instant completedAt;
}
