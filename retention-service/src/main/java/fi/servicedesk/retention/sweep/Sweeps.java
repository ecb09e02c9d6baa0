package fi.servicedesk.retention.sweep;

import fi.servicedesk.kit.inbox.Inbox;
import fi.servicedesk.kit.outbox.Outbox;
import fi.servicedesk.kit.problem.ProblemException;
import fi.servicedesk.retention.config.RetentionConfig;
import fi.servicedesk.retention.domain.OwnerStatus;
import fi.servicedesk.retention.domain.Sweep;
import fi.servicedesk.retention.domain.SweepOwner;
import fi.servicedesk.retention.domain.SweepRepository;
import fi.servicedesk.retention.domain.SweepResult;
import fi.servicedesk.retention.domain.SweepStatus;
import fi.servicedesk.retention.events.PolicyAnnounced;
import fi.servicedesk.retention.events.SweepRequested;
import fi.servicedesk.retention.events.Topics;
import fi.servicedesk.retention.domain.Category;
import fi.servicedesk.retention.policy.RetentionPolicy;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** Starts sweeps, closes the overdue ones and reads them back (R8, DESIGN §4). */
@ApplicationScoped
@Transactional
public class Sweeps {

    private final SweepRepository sweeps;
    private final RetentionPolicy policy;
    private final RetentionConfig config;
    private final SweepVerdict verdict;
    private final Outbox outbox;
    private final Inbox inbox;
    private final EntityManager entityManager;
    private final Clock clock;

    Sweeps(SweepRepository sweeps, RetentionPolicy policy, RetentionConfig config, SweepVerdict verdict, Outbox outbox,
           Inbox inbox, EntityManager entityManager, Clock clock) {
        this.inbox = inbox;
        this.sweeps = sweeps;
        this.policy = policy;
        this.config = config;
        this.verdict = verdict;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Starts a sweep as of {@code asOf} (now when null) and asks every owner to sweep, in one transaction. */
    public SweepView start(Instant asOf) {
        return start(UUID.randomUUID(), asOf);
    }

    /**
     * Starts the sweep of one cron slot unless another replica already did: the slot is a primary
     * key, so only the first claim wins and the others change nothing.
     */
    public Optional<SweepView> startScheduled(Instant slot) {
        var id = UUID.randomUUID();
        var claimed = entityManager.createNativeQuery(
                        "insert into schedule_slot (slot, sweep_id) values (:slot, :id) on conflict do nothing")
                .setParameter("slot", slot)
                .setParameter("id", id)
                .executeUpdate() == 1;
        return claimed ? Optional.of(start(id, null)) : Optional.empty();
    }

    private SweepView start(UUID id, Instant asOf) {
        // PostgreSQL keeps microseconds; milliseconds make the event's cut-offs equal the stored ones.
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var effectiveAsOf = asOf == null ? now : asOf.truncatedTo(ChronoUnit.MILLIS);
        if (effectiveAsOf.isAfter(now) && !config.allowFutureAsOf()) {
            throw ProblemException.badRequest("asOf lies in the future; sweeps judge data as of now or earlier.");
        }
        inbox.prune();
        var sweep = newSweep(id, effectiveAsOf, now);
        entityManager.persist(sweep);
        // The policy goes out with every sweep: whoever shows the verdict knows the periods it was judged by.
        outbox.publish(Topics.VERDICTS, sweep.id.toString(), PolicyAnnounced.TYPE, policy.announcement(now));
        outbox.publish(Topics.SWEEPS, sweep.id.toString(), SweepRequested.TYPE, new SweepRequested(sweep.id, sweep.asOf,
                now, sweep.cutoffs, sweep.owners.stream().map(o -> o.service).toList()));
        Log.infof("Sweep %s started as of %s", sweep.id, sweep.asOf);
        return SweepView.of(sweep);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SweepView get(UUID id) {
        return sweeps.findByIdOptional(id).map(SweepView::of)
                .orElseThrow(() -> ProblemException.notFound("No sweep " + id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SweepView> latest(int limit) {
        return sweeps.latest(limit).stream().map(SweepView::of).toList();
    }

    /** Closes one sweep if its owners have all reported or its time-out has passed; true when it is finished. */
    public boolean closeIfDue(UUID id) {
        var sweep = sweeps.findForUpdate(id).orElseThrow();
        verdict.closeIfDue(sweep, clock.instant());
        return sweep.status != SweepStatus.RUNNING;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> overdue() {
        return sweeps.overdue(clock.instant());
    }

    private Sweep newSweep(UUID id, Instant asOf, Instant now) {
        var sweep = new Sweep();
        sweep.id = id;
        sweep.asOf = asOf;
        sweep.startedAt = now;
        sweep.deadline = now.plus(config.sweepTimeout());
        sweep.status = SweepStatus.RUNNING;
        Map<Category, Instant> cutoffs = policy.cutoffs(asOf);
        cutoffs.forEach((category, cutoff) -> sweep.cutoffs.put(category.code(), cutoff));
        policy.owners().forEach((service, categories) -> sweep.owners.add(owner(sweep, service, categories, cutoffs)));
        return sweep;
    }

    private static SweepOwner owner(Sweep sweep, String service, List<Category> categories, Map<Category, Instant> cutoffs) {
        var owner = new SweepOwner();
        owner.id = UUID.randomUUID();
        owner.sweep = sweep;
        owner.service = service;
        owner.status = OwnerStatus.PENDING;
        var byCode = new TreeMap<String, Category>();
        categories.forEach(c -> byCode.put(c.code(), c));
        byCode.values().forEach(category -> {
            var result = new SweepResult();
            result.id = UUID.randomUUID();
            result.owner = owner;
            result.category = category.code();
            result.cutoff = cutoffs.get(category);
            owner.results.add(result);
        });
        return owner;
    }
}
