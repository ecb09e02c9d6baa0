package fi.servicedesk.ingest.domain;

import fi.servicedesk.kit.time.TimestampParameters;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import org.hibernate.Session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class ContactRepository implements PanacheRepositoryBase<Contact, UUID> {

    /** What {@link #known} reads; the subject's columns in SubjectRepository.copyOf's order. */
    private static final String KNOWN_COLUMNS = """
            c.id, c.subject_id, c.agent_name_enc, c.started_at, c.ended_at, c.purpose, c.stored_at,
            s.name_enc, s.email_enc, s.username_enc, s.phone_enc, s.email_index, s.username_index,
            s.phone_index, s.objected_at, s.purpose, s.stored_at, c.last_seq""";
    /** A contact with its subject; with {@link #LOCKED} after it, the contact's row locked. */
    private static final String KNOWN = "select " + KNOWN_COLUMNS
            + "\nfrom contact c join subject s on s.id = c.subject_id\nwhere c.channel = ? and c.external_id = ?";
    private static final String LOCKED = "\nfor update of c";

    private final WebhookReceipts receipts;
    /** The transaction's session, injected once: Panache's look-up of it by entity class cost more a call. */
    private final Session session;

    ContactRepository(WebhookReceipts receipts, Session session) {
        this.receipts = receipts;
        this.session = session;
    }

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
        session.doWork(connection -> {
            try (var lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, "contact:" + channel.name() + ":" + externalId);
                lock.executeQuery().close();
            }
        });
    }

    /**
     * The contact of a platform conversation or call and its subject when the contact exists, the
     * contact's row locked as {@link #findForUpdate} locks it, with the number of its last message;
     * one statement of plain SQL, nothing loaded into the session. A locking read writes no new
     * version of the row: after waiting for another transaction's lock, PostgreSQL (read committed)
     * returns the row as that transaction left it, so the number is the newest. Without the
     * advisory lock: a row to lock exists, and a transaction that is making the contact holds the
     * advisory lock, so it is found after {@link #lock} only.
     */
    public Optional<KnownContact> findKnownForUpdate(Channel channel, String externalId) {
        return session.doReturningWork(connection -> {
            try (var select = connection.prepareStatement(KNOWN + LOCKED)) {
                select.setString(1, channel.name());
                select.setString(2, externalId);
                try (var row = select.executeQuery()) {
                    return row.next() ? Optional.of(known(row, 1, channel, externalId)) : Optional.empty();
                }
            }
        });
    }

    /**
     * The webhook's receipt ({@link WebhookReceipts#firstReceipt}) and, when it is the first, the
     * contact as {@link #findKnownForUpdate} finds it, in one statement: a repeated webhook locks
     * and reads nothing.
     */
    public Received receiveKnownForUpdate(WebhookSource source, String webhookId, Channel channel, String externalId) {
        return session.doReturningWork(connection -> {
            try (var select = connection.prepareStatement("with receipt as (" + WebhookReceipts.INSERT + " returning 1),\n"
                    + "known as (" + KNOWN + " and exists (select 1 from receipt)" + LOCKED + ")\n"
                    + "select exists (select 1 from receipt), known.* from (values (0)) as one left join known on true")) {
                int next = receipts.bind(select, 1, source, webhookId);
                select.setString(next, channel.name());
                select.setString(next + 1, externalId);
                try (var row = select.executeQuery()) {
                    row.next();
                    var first = row.getBoolean(1);
                    var known = row.getObject(2) == null ? Optional.<KnownContact>empty() : Optional.of(known(row, 2, channel, externalId));
                    return new Received(first, known);
                }
            }
        });
    }

    /** Whether a webhook was received for the first time, and the contact it names when that exists. */
    public record Received(boolean first, Optional<KnownContact> known) {
    }

    /** Stores a new contact by plain SQL: the session does not manage it, so it stores no later change of it. */
    public void insert(Contact contact) {
        session.doWork(connection -> {
            try (var insert = connection.prepareStatement("""
                    insert into contact (id, channel, external_id, subject_id, agent_name_enc, started_at, ended_at, purpose, stored_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setObject(1, contact.id);
                insert.setString(2, contact.channel.name());
                insert.setString(3, contact.externalId);
                insert.setObject(4, contact.subjectId);
                insert.setBytes(5, contact.agentNameEnc);
                TimestampParameters.bind(insert, 6, contact.startedAt);
                TimestampParameters.bind(insert, 7, contact.endedAt);
                insert.setString(8, contact.purpose.name());
                TimestampParameters.bind(insert, 9, contact.storedAt);
                insert.executeUpdate();
            }
        });
    }

    /** A contact as {@link #KNOWN_COLUMNS} reads it, from column {@code first} on. */
    private static KnownContact known(ResultSet row, int first, Channel channel, String externalId) throws SQLException {
        var contact = new Contact();
        contact.id = row.getObject(first, UUID.class);
        contact.channel = channel;
        contact.externalId = externalId;
        contact.subjectId = row.getObject(first + 1, UUID.class);
        contact.agentNameEnc = row.getBytes(first + 2);
        contact.startedAt = Columns.instant(row, first + 3);
        contact.endedAt = Columns.instant(row, first + 4);
        contact.purpose = Purpose.valueOf(row.getString(first + 5));
        contact.storedAt = Columns.instant(row, first + 6);
        var subject = SubjectRepository.copyOf(row, first + 7, contact.subjectId);
        return new KnownContact(contact, subject, row.getInt(first + 17));
    }

    public List<Contact> ofSubject(UUID subjectId) {
        return list("subjectId = ?1 order by startedAt, storedAt, id", subjectId);
    }
}
