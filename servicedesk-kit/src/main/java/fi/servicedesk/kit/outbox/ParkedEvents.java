package fi.servicedesk.kit.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The rows the relay parked: listed without their payloads, re-sent (back in line at their own
 * place, e.g. after the broker's size limit was raised) or discarded by an operator.
 */
@ApplicationScoped
public class ParkedEvents {

    private final EntityManager entityManager;
    private final Event<OutboxWritten> written;

    ParkedEvents(EntityManager entityManager, Event<OutboxWritten> written) {
        this.entityManager = entityManager;
        this.written = written;
    }

    public record Parked(UUID id, String topic, String key, String type, Instant createdAt, Instant parkedAt,
                         String reason, int payloadChars) {
    }

    @Transactional
    public List<Parked> list() {
        return entityManager.createQuery("""
                        select new fi.servicedesk.kit.outbox.ParkedEvents$Parked(e.id, e.topic, e.messageKey, e.type,
                            e.createdAt, e.parkedAt, e.parkedReason, coalesce(length(e.payload), 0))
                        from OutboxEvent e where e.parkedAt is not null order by e.seq""", Parked.class)
                .getResultList();
    }

    /** True when the row was parked and is now back in line. */
    @Transactional
    public boolean resend(UUID id) {
        boolean found = entityManager.createQuery(
                        "update OutboxEvent set parkedAt = null, parkedReason = null where id = :id and parkedAt is not null")
                .setParameter("id", id)
                .executeUpdate() == 1;
        if (found) {
            written.fire(new OutboxWritten());
        }
        return found;
    }

    /** True when the row was parked and is now gone. */
    @Transactional
    public boolean discard(UUID id) {
        return entityManager.createQuery("delete from OutboxEvent where id = :id and parkedAt is not null")
                .setParameter("id", id)
                .executeUpdate() == 1;
    }
}
