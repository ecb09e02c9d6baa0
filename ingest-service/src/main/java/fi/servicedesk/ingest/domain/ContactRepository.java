package fi.servicedesk.ingest.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.Session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
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

    /**
     * The contact of a platform conversation or call and its subject when the contact exists, the
     * contact's row locked as {@link #findForUpdate} locks it; one statement of plain SQL, nothing
     * loaded into the session. Without the advisory lock: a row to lock exists, and a transaction
     * that is making the contact holds the advisory lock, so it is found by findForUpdate only.
     */
    public Optional<KnownContact> findKnownForUpdate(Channel channel, String externalId) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (var select = connection.prepareStatement("""
                    select c.id, c.subject_id, c.agent_name_enc, c.started_at, c.ended_at, c.purpose, c.stored_at,
                           s.name_enc, s.email_enc, s.username_enc, s.phone_enc, s.email_index, s.username_index,
                           s.phone_index, s.objected_at, s.purpose, s.stored_at
                    from contact c join subject s on s.id = c.subject_id
                    where c.channel = ? and c.external_id = ?
                    for update of c""")) {
                select.setString(1, channel.name());
                select.setString(2, externalId);
                try (var row = select.executeQuery()) {
                    return row.next() ? Optional.of(known(row, channel, externalId)) : Optional.empty();
                }
            }
        });
    }

    private static KnownContact known(ResultSet row, Channel channel, String externalId) throws SQLException {
        var contact = new Contact();
        contact.id = row.getObject(1, UUID.class);
        contact.channel = channel;
        contact.externalId = externalId;
        contact.subjectId = row.getObject(2, UUID.class);
        contact.agentNameEnc = row.getBytes(3);
        contact.startedAt = instant(row, 4);
        contact.endedAt = instant(row, 5);
        contact.purpose = Purpose.valueOf(row.getString(6));
        contact.storedAt = instant(row, 7);
        var subject = new Subject();
        subject.id = contact.subjectId;
        subject.nameEnc = row.getBytes(8);
        subject.emailEnc = row.getBytes(9);
        subject.usernameEnc = row.getBytes(10);
        subject.phoneEnc = row.getBytes(11);
        subject.emailIndex = row.getString(12);
        subject.usernameIndex = row.getString(13);
        subject.phoneIndex = row.getString(14);
        subject.objectedAt = instant(row, 15);
        subject.purpose = Purpose.valueOf(row.getString(16));
        subject.storedAt = instant(row, 17);
        return new KnownContact(contact, subject);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        var at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    public List<Contact> ofSubject(UUID subjectId) {
        return list("subjectId = ?1 order by startedAt, storedAt, id", subjectId);
    }
}
