package fi.servicedesk.retention.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Remembers applied CloudEvent ids inside the consumer's own transaction (DESIGN §3). */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** True the first time {@code event} is seen; false for a redelivery, which must change nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(IncomingEvent event) {
        return entityManager.createNativeQuery(
                        "insert into inbox (event_id, event_type, received_at) values (:id, :type, :at) on conflict do nothing")
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("at", Instant.now())
                .executeUpdate() == 1;
    }
}
