package fi.servicedesk.kit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * The only way a service publishes an event: a row written in the caller's transaction, so the
 * event exists exactly when the change it announces does (DESIGN §3).
 */
@ApplicationScoped
public class Outbox {

    private static final OutboxWritten WRITTEN = new OutboxWritten();

    /**
     * A payload this large (an access chunk) is written at once and not kept in the session, so a
     * transaction that publishes a whole access reply holds one chunk in memory, not all of them.
     */
    private static final int LARGE_PAYLOAD = 64 * 1024;

    private final ObjectMapper json;
    private final EntityManager entityManager;
    private final Event<OutboxWritten> written;
    private final Clock clock;

    Outbox(ObjectMapper json, EntityManager entityManager, Event<OutboxWritten> written, Clock clock) {
        this.json = json;
        this.entityManager = entityManager;
        this.written = written;
        this.clock = clock;
    }

    /** Publishes {@code data} as JSON on {@code topic} under {@code key}, which is also the CloudEvent subject. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String key, String type, Object data) {
        return publishJson(topic, key, type, serialize(data), Map.of());
    }

    /** Publishes JSON text as it is, with CloudEvents extension attributes (lower-case names). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publishJson(String topic, String key, String type, String payload, Map<String, String> extensions) {
        var event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topic;
        event.messageKey = key;
        event.type = type;
        event.subject = key;
        event.payload = payload;
        event.extensions = extensions.isEmpty() ? null : serialize(extensions);
        event.createdAt = clock.instant();
        entityManager.persist(event);
        if (payload.length() > LARGE_PAYLOAD) {
            entityManager.flush();
            entityManager.detach(event);
        }
        written.fire(WRITTEN);
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
