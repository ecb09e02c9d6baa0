package fi.servicedesk.redaction.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** The ids among {@code events} seen for the first time, remembered in one statement; duplicates within the list count once. */
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
                .setParameter("at", Instant.now())
                .getResultList();
        return new HashSet<>(inserted);
    }
}
