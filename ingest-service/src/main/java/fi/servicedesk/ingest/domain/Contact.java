package fi.servicedesk.ingest.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/** One support event: a chat conversation or a call (R1.1). */
@Entity
public class Contact {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    /** The platform's conversation or call id. */
    @Column(name = "external_id")
    public String externalId;

    /** The subject this contact is about; its data key encrypts everything personal here. */
    @Column(name = "subject_id")
    public UUID subjectId;

    @Column(name = "agent_name_enc")
    public byte[] agentNameEnc;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    /** The retention clock (R8.1): set once when stored, never moved by later updates. */
    @Column(name = "stored_at", updatable = false)
    public Instant storedAt;
}
