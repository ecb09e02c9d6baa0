package fi.servicedesk.ingest.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.Session;

import java.sql.ResultSet;
import java.sql.SQLException;
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
        lock(channel, externalId);
        return find("channel = ?1 and externalId = ?2", channel, externalId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /**
     * The platform's id locked until the transaction ends, as {@link #findForUpdate} locks it; a
     * caller that then finds no contact may make it without racing another transaction.
     */
    public void lock(Channel channel, String externalId) {
        session().doWork(connection -> {
            try (var lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, "contact:" + channel.name() + ":" + externalId);
                lock.executeQuery().close();
            }
        });
    }

    /**
     * The contact of a platform conversation or call and its subject when the contact exists, the
     * contact's row locked as {@link #findForUpdate} locks it; one statement of plain SQL, nothing
     * loaded into the session. Without the advisory lock: a row to lock exists, and a transaction
     * that is making the contact holds the advisory lock, so it is found after {@link #lock} only.
     */
    public Optional<KnownContact> findKnownForUpdate(Channel channel, String externalId) {
        return session().doReturningWork(connection -> {
            try (var select = connection.prepareStatement("""
                    select c.id, c.subject_id, c.agent_name_enc, c.started_at, c.ended_at, c.purpose, c.stored_at,
                           s.name_enc, s.email_enc, s.username_enc, s.phone_enc, s.email_index, s.username_index,
                           s.phone_index, s.objected_at, s.purpose, s.stored_at
                    from contact c join subject s on s.id = c.subject_id
                    where c.channel = ? and c.external_id = ?
                    for update of c""")) { // the subject's columns in SubjectRepository.copyOf's order
                select.setString(1, channel.name());
                select.setString(2, externalId);
                try (var row = select.executeQuery()) {
                    return row.next() ? Optional.of(known(row, channel, externalId)) : Optional.empty();
                }
            }
        });
    }

    /** Stores a new contact by plain SQL: the session does not manage it, so it stores no later change of it. */
    public void insert(Contact contact) {
        session().doWork(connection -> {
            try (var insert = connection.prepareStatement("""
                    insert into contact (id, channel, external_id, subject_id, agent_name_enc, started_at, ended_at, purpose, stored_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setObject(1, contact.id);
                insert.setString(2, contact.channel.name());
                insert.setString(3, contact.externalId);
                insert.setObject(4, contact.subjectId);
                insert.setBytes(5, contact.agentNameEnc);
                insert.setObject(6, Columns.timestamp(contact.startedAt));
                insert.setObject(7, Columns.timestamp(contact.endedAt));
                insert.setString(8, contact.purpose.name());
                insert.setObject(9, Columns.timestamp(contact.storedAt));
                insert.executeUpdate();
            }
        });
    }

    /** Writes a contact's start and agent's name, as a copy read by {@link #findKnownForUpdate} now holds them. */
    public void updateStartAndAgent(Contact contact) {
        session().doWork(connection -> {
            try (var update = connection.prepareStatement("update contact set started_at = ?, agent_name_enc = ? where id = ?")) {
                update.setObject(1, Columns.timestamp(contact.startedAt));
                update.setBytes(2, contact.agentNameEnc);
                update.setObject(3, contact.id);
                update.executeUpdate();
            }
        });
    }

    private Session session() {
        return getEntityManager().unwrap(Session.class);
    }

    private static KnownContact known(ResultSet row, Channel channel, String externalId) throws SQLException {
        var contact = new Contact();
        contact.id = row.getObject(1, UUID.class);
        contact.channel = channel;
        contact.externalId = externalId;
        contact.subjectId = row.getObject(2, UUID.class);
        contact.agentNameEnc = row.getBytes(3);
        contact.startedAt = Columns.instant(row, 4);
        contact.endedAt = Columns.instant(row, 5);
        contact.purpose = Purpose.valueOf(row.getString(6));
        contact.storedAt = Columns.instant(row, 7);
        var subject = SubjectRepository.copyOf(row, 8, contact.subjectId);
        return new KnownContact(contact, subject);
    }

    public List<Contact> ofSubject(UUID subjectId) {
        return list("subjectId = ?1 order by startedAt, storedAt, id", subjectId);
    }
}
