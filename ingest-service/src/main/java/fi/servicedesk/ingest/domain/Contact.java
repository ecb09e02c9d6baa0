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

    @Column(name = "subject_name")
    public String subjectName;

    @Column(name = "subject_email")
    public String subjectEmail;

    @Column(name = "subject_username")
    public String subjectUsername;

    @Column(name = "subject_phone")
    public String subjectPhone;

    @Column(name = "agent_name")
    public String agentName;

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
