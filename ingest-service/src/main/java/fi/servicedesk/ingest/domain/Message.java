package fi.servicedesk.ingest.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** A chat message or a transcript segment, stored as it was said (R5.5, R5.6). */
@Entity
public class Message {

    @Id
    public UUID id;

    @Column(name = "contact_id")
    public UUID contactId;

    public int seq;

    @Column(name = "external_id")
    public String externalId;

    @Enumerated(EnumType.STRING)
    public Speaker speaker;

    /** The text, AES-256-GCM under the subject's data key (R9.1). */
    @Column(name = "text_enc")
    public byte[] textEnc;

    /** BCP 47 language when the platform says (transcripts). */
    public String language;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    @Column(name = "stored_at", updatable = false)
    public Instant storedAt;
}
