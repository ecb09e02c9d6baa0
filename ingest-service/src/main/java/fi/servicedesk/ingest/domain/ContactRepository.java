package fi.servicedesk.ingest.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, UUID> {

    /**
     * The contact of a platform conversation or call, locked so its messages are numbered one at a
     * time. A row lock alone cannot serialise the first messages of a new conversation arriving at
     * once (there is no row to lock yet, and both would insert it), so the platform's id is locked
     * first, until the transaction ends: the second waits and then finds the first's contact.
     */
    public Optional<Contact> findForUpdate(Channel channel, String externalId) {
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "contact:" + channel.name() + ":" + externalId)
                .getSingleResult();
        return find("channel = ?1 and externalId = ?2", channel, externalId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public List<Contact> ofSubject(UUID subjectId) {
        return list("subjectId = ?1 order by startedAt, storedAt, id", subjectId);
    }
}
