package fi.servicedesk.kit.inbox;

import fi.servicedesk.kit.config.KitConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;

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
