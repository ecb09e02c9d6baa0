package fi.servicedesk.ingest.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MessageRepository implements PanacheRepositoryBase<Message, UUID> {

    /**
     * Stores {@code message} as its contact's next one, numbered by the same statement (the caller
     * holds the contact's lock), and sets its {@code seq}. Plain SQL on the session's connection:
     * the write path keeps no message entity to flush or check for changes. What the session holds
     * (a contact just made) is flushed first, since the row refers to it; a session that holds
     * nothing (a message on the lean path) is not flushed at all.
     */
    public void insertNext(Message message) {
        var entityManager = getEntityManager();
        if (SessionContents.holdsAnything(entityManager)) {
            entityManager.flush();
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (var insert = connection.prepareStatement("""
                    insert into message (id, contact_id, seq, external_id, speaker, text_enc, language, occurred_at, purpose, stored_at)
                    select ?, ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?, ?, ?, ? from message where contact_id = ?
                    returning seq""")) {
                insert.setObject(1, message.id);
                insert.setObject(2, message.contactId);
                insert.setString(3, message.externalId);
                insert.setString(4, message.speaker.name());
                insert.setBytes(5, message.textEnc);
                insert.setString(6, message.language);
                insert.setObject(7, Columns.timestamp(message.occurredAt));
                insert.setString(8, message.purpose.name());
                insert.setObject(9, Columns.timestamp(message.storedAt));
                insert.setObject(10, message.contactId);
                try (var row = insert.executeQuery()) {
                    row.next();
                    message.seq = row.getInt(1);
                }
            }
        });
    }

    public List<Message> ofContact(UUID contactId) {
        return list("contactId = ?1 order by seq", contactId);
    }
}
