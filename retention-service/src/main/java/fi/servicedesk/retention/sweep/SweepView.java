package fi.servicedesk.retention.sweep;

import fi.servicedesk.retention.domain.Sweep;
import fi.servicedesk.retention.domain.SweepOwner;
import fi.servicedesk.retention.domain.SweepResult;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A sweep as the DPO portal and auditors read it (issue #5); counts are null until the owner reports. */
public record SweepView(UUID id, Instant asOf, Instant startedAt, Instant finishedAt, String status, List<Owner> owners) {

    public record Owner(String service, String status, List<CategoryLine> categories) {
    }

    public record CategoryLine(String category, Instant cutoff, Long deleted, Long held, Long expiredUnheld,
                               Instant oldestRemaining) {
    }

    public static SweepView of(Sweep sweep) {
        return new SweepView(sweep.id, sweep.asOf, sweep.startedAt, sweep.finishedAt, sweep.status.name(),
                sweep.owners.stream().map(SweepView::owner).toList());
    }

    private static Owner owner(SweepOwner owner) {
        return new Owner(owner.service, owner.status.name(), owner.results.stream().map(SweepView::line).toList());
    }

    private static CategoryLine line(SweepResult result) {
        return new CategoryLine(result.category, result.cutoff, result.deleted, result.held, result.expiredUnheld,
                result.oldestRemaining);
    }
}
