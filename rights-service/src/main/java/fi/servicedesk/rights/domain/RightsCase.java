package fi.servicedesk.rights.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One data-subject request (DESIGN §5). */
@Entity
@Table(name = "rights_case")
public class RightsCase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public RequestType type;

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    /** Sealed {@link CasePersonalData}. */
    @Column(name = "personal_data")
    public byte[] personalData;

    public String channel;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "due_at")
    public Instant dueAt;

    public boolean extended;

    @Column(name = "executed_at")
    public Instant executedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** When the person's identifiers and access documents were removed from this case (R10.3); null while kept. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    /** The case's X25519 public key (base64 X.509) that owners encrypt their replies to; null once destroyed. */
    @Column(name = "reply_public_key")
    public String replyPublicKey;

    /** Its private half, sealed; null once destroyed (package expiry, erasure), which shreds every reply. */
    @Column(name = "reply_key")
    public byte[] replyKey;

    /** The rights-case retention clock (DESIGN §4): set once when stored. */
    @Column(name = "stored_at", updatable = false)
    public Instant storedAt;

    @OneToMany(mappedBy = "rightsCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("identifier")
    public List<CaseVerification> verifications = new ArrayList<>();

    @OneToMany(mappedBy = "rightsCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("service")
    public List<CaseOwner> owners = new ArrayList<>();

    @OneToMany(mappedBy = "rightsCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<CaseHistoryEntry> history = new ArrayList<>();

    public void record(Instant at, String actor, String action, String note) {
        var entry = new CaseHistoryEntry();
        entry.rightsCase = this;
        entry.at = at;
        entry.actor = actor;
        entry.action = action;
        entry.note = note;
        history.add(entry);
    }

    public Optional<CaseOwner> owner(String service) {
        return owners.stream().filter(o -> o.service.equals(service)).findFirst();
    }
}
