package fi.servicedesk.rights.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** R3.1: keeps a contact, or every contact of a subject, through sweeps and erasure until lifted. */
@Entity
@Table(name = "legal_hold")
public class LegalHold {

    @Id
    public UUID id;

    @Column(name = "contact_id")
    public UUID contactId;

    /** Sealed {@link Identifiers} when the hold is on a subject. */
    @Column(name = "subject_data")
    public byte[] subjectData;

    /** The dispute's reason as written before it was sealed; null once {@link #reasonSealed} holds it. */
    public String reason;

    /** The dispute's reason, sealed: it may name people. */
    @Column(name = "reason_sealed")
    public byte[] reasonSealed;

    @Column(name = "placed_at")
    public Instant placedAt;

    @Column(name = "placed_by")
    public String placedBy;

    @Column(name = "lifted_at")
    public Instant liftedAt;

    @Column(name = "lifted_by")
    public String liftedBy;
}
