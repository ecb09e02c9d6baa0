package fi.servicedesk.retention.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/**
 * The only way this service publishes an event: a row written in the caller's transaction,
 * so the event exists exactly when the change it announces does (DESIGN §3).
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final EntityManager entityManager;
    private final Event<OutboxWritten> written;

    Outbox(ObjectMapper json, EntityManager entityManager, Event<OutboxWritten> written) {
        this.json = json;
        this.entityManager = entityManager;
        this.written = written;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String key, String type, Object data) {
        var event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topic;
        event.messageKey = key;
        event.type = type;
        event.subject = key;
        event.payload = serialize(data);
        event.createdAt = Instant.now();
        entityManager.persist(event);
        written.fire(new OutboxWritten(event.id));
        return event.id;
    }

    private String serialize(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be written as JSON: " + data.getClass(), e);
        }
    }
}
