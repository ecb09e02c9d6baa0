package fi.servicedesk.ingest.domain;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Whether the transaction's session holds anything a flush would write or check: the write path
 * of a chat message is plain SQL, so its session is usually empty, and a flush or clear of an
 * empty session is work for nothing.
 */
public final class SessionContents {

    private SessionContents() {
    }

    /** True when the session manages an entity or has a change queued. */
    public static boolean holdsAnything(EntityManager entityManager) {
        var session = entityManager.unwrap(SessionImplementor.class);
        return session.getPersistenceContextInternal().getNumberOfManagedEntities() > 0
                || session.getActionQueue().hasAnyQueuedActions();
    }
}
