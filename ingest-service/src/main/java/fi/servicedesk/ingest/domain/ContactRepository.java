package fi.servicedesk.ingest.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, UUID> {

    /** The contact of a platform conversation or call, locked so its messages are numbered one at a time. */
    public Optional<Contact> findForUpdate(Channel channel, String externalId) {
        return find("channel = ?1 and externalId = ?2", channel, externalId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public List<Contact> ofSubject(UUID subjectId) {
        return list("subjectId = ?1 order by startedAt, storedAt", subjectId);
    }
}
