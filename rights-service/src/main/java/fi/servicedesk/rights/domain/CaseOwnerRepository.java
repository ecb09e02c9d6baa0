package fi.servicedesk.rights.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class CaseOwnerRepository implements PanacheRepository<CaseOwner> {

    /** Owners still pending on commands sent before {@code cutoff}. */
    public List<CaseOwner> pendingSince(Instant cutoff) {
        return list("status = ?1 and requestedAt < ?2", OwnerStatus.PENDING, cutoff);
    }

    public long overdue() {
        return count("status", OwnerStatus.OVERDUE);
    }
}
