package fi.servicedesk.retention.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An owner service a sweep waits for, and its report once it came. */
@Entity
@Table(name = "sweep_owner")
public class SweepOwner {

    @Id
    public UUID id;

    @ManyToOne
    @JoinColumn(name = "sweep_id")
    public Sweep sweep;

    public String service;

    @Enumerated(EnumType.STRING)
    public OwnerStatus status;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("category")
    public List<SweepResult> results = new ArrayList<>();

    public Optional<SweepResult> result(String category) {
        return results.stream().filter(r -> r.category.equals(category)).findFirst();
    }
}
