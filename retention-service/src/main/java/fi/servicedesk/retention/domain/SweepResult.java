package fi.servicedesk.retention.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One category of an owner's answer; the counts stay null until the owner reports. */
@Entity
@Table(name = "sweep_result")
public class SweepResult {

    @Id
    public UUID id;

    @ManyToOne
    @JoinColumn(name = "owner_id")
    public SweepOwner owner;

    public String category;

    public Instant cutoff;

    public Long deleted;

    public Long held;

    /** Items older than the cut-off that the owner left although no hold or open case keeps them. */
    @Column(name = "expired_unheld")
    public Long expiredUnheld;

    /** storedAt of the oldest item the owner kept, held or not; null when nothing is left. */
    @Column(name = "oldest_remaining")
    public Instant oldestRemaining;
}
