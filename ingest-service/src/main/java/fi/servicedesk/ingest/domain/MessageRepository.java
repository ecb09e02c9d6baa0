package fi.servicedesk.ingest.domain;

import fi.servicedesk.kit.outbox.PendingRow;
import fi.servicedesk.kit.time.TimestampParameters;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Singleton;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Messages are numbered by their contact's {@code last_seq} (migration V12), which every insert
 * here advances in the same statement, under the contact's lock.
 */
@Singleton
public class MessageRepository implements PanacheRepositoryBase<Message, UUID> {

    private static final String MESSAGE_COLUMNS =
            "id, contact_id, external_id, speaker, text_enc, language, occurred_at, purpose, stored_at, seq";
    private static final String CONTACT_UPDATE =
            "update contact set last_seq = ?, started_at = ?, agent_name_enc = ? where id = ?";
    private static final String MESSAGE_ROW =
            "with message_row as (insert into message (" + MESSAGE_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))";
    /** {@link #insertKnown}'s statement for a message that is not announced (its subject objected). */
    private static final String INSERT_KNOWN = MESSAGE_ROW + " " + CONTACT_UPDATE;
    private static final String INSERT_KNOWN_ANNOUNCED =
            MESSAGE_ROW + ", contact_row as (" + CONTACT_UPDATE + ") " + PendingRow.INSERT;

    /** The transaction's session, injected once: Panache's look-up of it by entity class cost more a call. */
    private final Session session;

    MessageRepository(Session session) {
        this.session = session;
    }

    /**
     * Stores {@code message} as its contact's next one, numbered by the same statement (the caller
     * holds the contact's lock), and sets its {@code seq}. Plain SQL on the session's connection:
     * the write path keeps no message entity to flush or check for changes. What the session holds
     * (a contact just made) is flushed first, since the row refers to it.
     */
    public void insertNext(Message message) {
        if (SessionContents.holdsAnything(session)) {
            session.flush();
        }
        session.doWork(connection -> {
            try (var insert = connection.prepareStatement("""
                    with numbered as (update contact set last_seq = last_seq + 1 where id = ? returning last_seq)
                    insert into message (%s)
                    select ?, ?, ?, ?, ?, ?, ?, ?, ?, last_seq from numbered
                    returning seq""".formatted(MESSAGE_COLUMNS))) {
                insert.setObject(1, message.contactId);
                bindMessage(insert, 2, message);
                try (var row = insert.executeQuery()) {
                    row.next();
                    message.seq = row.getInt(1);
                }
            }
        });
    }

    /**
     * Stores {@code message}, numbered already ({@link KnownContact#lastSeq} + 1), the contact's
     * new last number with its start and agent's name as {@code contact} holds them, and, unless
     * null, the event that announces it ({@code announcement}): one statement, one round trip. The
     * caller holds the contact's lock ({@code ContactRepository.findKnownForUpdate}).
     */
    public void insertKnown(Message message, Contact contact, PendingRow announcement) {
        session.doWork(connection -> {
            try (var insert = connection.prepareStatement(announcement == null ? INSERT_KNOWN : INSERT_KNOWN_ANNOUNCED)) {
                int next = bindMessage(insert, 1, message);
                insert.setInt(next, message.seq);
                insert.setInt(next + 1, message.seq);
                TimestampParameters.bind(insert, next + 2, contact.startedAt);
                insert.setBytes(next + 3, contact.agentNameEnc);
                insert.setObject(next + 4, contact.id);
                if (announcement != null) {
                    announcement.bind(insert, next + 5);
                }
                insert.executeUpdate();
            }
        });
    }

    /** Binds {@link #MESSAGE_COLUMNS} but the last, {@code seq}, from {@code first} on; returns the index after them. */
    private static int bindMessage(PreparedStatement insert, int first, Message message) throws SQLException {
        insert.setObject(first, message.id);
        insert.setObject(first + 1, message.contactId);
        insert.setString(first + 2, message.externalId);
        insert.setString(first + 3, message.speaker.name());
        insert.setBytes(first + 4, message.textEnc);
        insert.setString(first + 5, message.language);
        TimestampParameters.bind(insert, first + 6, message.occurredAt);
        insert.setString(first + 7, message.purpose.name());
        TimestampParameters.bind(insert, first + 8, message.storedAt);
        return first + 9;
    }

    public List<Message> ofContact(UUID contactId) {
        return list("contactId = ?1 order by seq", contactId);
    }
}
