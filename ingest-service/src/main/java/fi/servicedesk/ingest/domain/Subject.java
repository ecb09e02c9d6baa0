package fi.servicedesk.ingest.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.UUID;

/**
 * The person a contact is about (R1.1). Identifiers are AES-256-GCM ciphertexts under the
 * subject's own data key; the *Index columns are keyed blind indexes for look-up (R9.1).
 */
@Entity
public class Subject {

    @Id
    public UUID id;

    @Column(name = "name_enc")
    public byte[] nameEnc;

    @Column(name = "email_enc")
    public byte[] emailEnc;

    @Column(name = "username_enc")
    public byte[] usernameEnc;

    @Column(name = "phone_enc")
    public byte[] phoneEnc;

    @Column(name = "email_index")
    public String emailIndex;

    @Column(name = "username_index")
    public String usernameIndex;

    @Column(name = "phone_index")
    public String phoneIndex;

    /** Set when the subject objected (R4.1): nothing more of theirs goes to redaction (purpose B). */
    @Column(name = "objected_at")
    public Instant objectedAt;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    @Column(name = "stored_at", updatable = false)
    public Instant storedAt;

    public boolean isAnonymous() {
        return emailIndex == null && usernameIndex == null && phoneIndex == null;
    }
}
