package fi.servicedesk.kit.inbox;

import fi.servicedesk.kit.config.KitConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Remembers applied CloudEvent ids inside the consumer's own transaction (DESIGN §3). */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration window;

    Inbox(EntityManager entityManager, Clock clock, KitConfig config) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.window = config.deduplicationWindow();
    }

    /** True the first time {@code event} is seen; false for a redelivery, which must change nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(IncomingEvent event) {
        return entityManager.createNativeQuery(
                        "insert into inbox (event_id, event_type, received_at) values (:id, :type, :at) on conflict do nothing")
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("at", clock.instant())
                .executeUpdate() == 1;
    }

    /**
     * True if {@code event} was applied already: a preparation done before the consumer's transaction
     * ({@link Deliveries.Preparation}) need not be done again for a redelivery.
     */
    @Transactional
    public boolean applied(IncomingEvent event) {
        return !entityManager.createNativeQuery("select 1 from inbox where event_id = :id")
                .setParameter("id", event.id()).getResultList().isEmpty();
    }

    /**
     * The ids among {@code events} seen for the first time, remembered in one statement (a batch
     * consumer's); an id twice in the list counts once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> firstDeliveries(List<IncomingEvent> events) {
        if (events.isEmpty()) {
            return new HashSet<>();
        }
        @SuppressWarnings("unchecked")
        List<String> inserted = entityManager.createNativeQuery(
                        "insert into inbox (event_id, event_type, received_at)"
                                + " select id, type, :at from unnest(cast(:ids as text[]), cast(:types as text[])) as e(id, type)"
                                + " on conflict do nothing returning event_id")
                .setParameter("ids", events.stream().map(IncomingEvent::id).toArray(String[]::new))
                .setParameter("types", events.stream().map(IncomingEvent::type).toArray(String[]::new))
                .setParameter("at", clock.instant())
                .getResultList();
        return new HashSet<>(inserted);
    }

    /**
     * Forgets the ids received before the de-duplication window (longer than any topic's retention,
     * so nothing older can be redelivered); the owner's sweep calls it. Returns how many.
     */
    @Transactional
    public int prune() {
        return entityManager.createNativeQuery("delete from inbox where received_at < :cutoff")
                .setParameter("cutoff", clock.instant().minus(window))
                .executeUpdate();
    }
}
