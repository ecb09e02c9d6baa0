package fi.servicedesk.retention.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** One retention sweep: its as-of time, the cut-offs it asked for and the owners' answers. */
@Entity
public class Sweep {

    @Id
    public UUID id;

    @Column(name = "as_of")
    public Instant asOf;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Owners that have not reported by then are MISSING. */
    public Instant deadline;

    @Enumerated(EnumType.STRING)
    public SweepStatus status;

    /** Category code → cut-off. */
    @ElementCollection
    @CollectionTable(name = "sweep_cutoff", joinColumns = @JoinColumn(name = "sweep_id"))
    @MapKeyColumn(name = "category")
    @Column(name = "cutoff")
    public Map<String, Instant> cutoffs = new TreeMap<>();

    @OneToMany(mappedBy = "sweep", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("service")
    public List<SweepOwner> owners = new ArrayList<>();

    public Optional<SweepOwner> owner(String service) {
        return owners.stream().filter(o -> o.service.equals(service)).findFirst();
    }
}
