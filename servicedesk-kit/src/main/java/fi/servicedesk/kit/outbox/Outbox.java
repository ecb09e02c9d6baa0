package fi.servicedesk.kit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    /** Marks a transaction that has announced its rows already: one wake-up of the relay per commit is enough. */
    private static final Object ANNOUNCED = new Object();

    private final ObjectMapper json;
    private final EntityManager entityManager;
    private final Event<OutboxWritten> written;
    private final Instance<PayloadSeal> seal;
    /** The seal once looked up: {@link Instance#get} builds an injection point on every call, once per sealed row. */
    private volatile PayloadSeal resolvedSeal;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;

    Outbox(ObjectMapper json, EntityManager entityManager, Event<OutboxWritten> written, Instance<PayloadSeal> seal,
           Clock clock, TransactionSynchronizationRegistry transactions) {
        this.json = json;
        this.entityManager = entityManager;
        this.written = written;
        this.seal = seal;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Publishes {@code data} as JSON on {@code topic} under {@code key}, which is also the CloudEvent subject. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String key, String type, Object data) {
        return publishJson(topic, key, type, serialize(data), Map.of());
    }

    /**
     * As {@link #publish}, but the row holds the payload only sealed under the key {@code keyRef}
     * names (PayloadSeal); should that key be destroyed before the relay sends it, it is never sent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publishSealed(String topic, String key, String type, Object data, String keyRef) {
        return publishSealedJson(topic, key, type, serialize(data), Map.of(), keyRef);
    }

    /** As {@link #publishJson}, sealed under {@code keyRef} (PayloadSeal). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publishSealedJson(String topic, String key, String type, String payload, Map<String, String> extensions,
                                  String keyRef) {
        return persist(sealed(topic, key, type, payload.getBytes(StandardCharsets.UTF_8), extensions, keyRef));
    }

    /**
     * As {@link #publishSealed}, for a caller that writes the row itself in the statement of the
     * change it announces ({@link PendingRow}): one round trip for both. The caller must write it in
     * this transaction; the relay is woken after its commit as for any other row. The payload writes
     * its own JSON ({@link EventJson}), sealed as it was written, without a string in between.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PendingRow sealedRow(String topic, String key, String type, EventJson data, String keyRef) {
        var row = new PendingRow(sealed(topic, key, type, jsonOf(data), Map.of(), keyRef));
        announceOncePerTransaction();
        return row;
    }

    /** Whether this service seals payloads (it has a PayloadSeal). */
    public boolean seals() {
        return seal.isResolvable();
    }

    /**
     * Re-seals the rows still waiting under {@code fromKeyRef} under {@code toKeyRef}, for data moved
     * to another key before the old one is destroyed; a row whose old key is already gone stays as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int reseal(String fromKeyRef, String toKeyRef) {
        var rows = entityManager.createQuery("from OutboxEvent where keyRef = :ref", OutboxEvent.class)
                .setParameter("ref", fromKeyRef).getResultList();
        int moved = 0;
        for (var row : rows) {
            var plain = seal().open(fromKeyRef, row.sealedPayload);
            if (plain.isPresent()) {
                row.sealedPayload = seal().seal(toKeyRef, plain.get());
                row.keyRef = toKeyRef;
                moved++;
            }
        }
        return moved;
    }

    /** Publishes JSON text as it is, with CloudEvents extension attributes (lower-case names). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publishJson(String topic, String key, String type, String payload, Map<String, String> extensions) {
        var event = row(topic, key, type, extensions);
        event.payload = payload;
        return persist(event);
    }

    private OutboxEvent sealed(String topic, String key, String type, byte[] payload, Map<String, String> extensions,
                               String keyRef) {
        var event = row(topic, key, type, extensions);
        event.keyRef = keyRef;
        event.sealedPayload = seal().seal(keyRef, payload);
        return event;
    }

    private OutboxEvent row(String topic, String key, String type, Map<String, String> extensions) {
        var event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topic;
        event.messageKey = key;
        event.type = type;
        event.subject = key;
        event.extensions = extensions.isEmpty() ? null : serialize(extensions);
        event.createdAt = clock.instant();
        return event;
    }

    /**
     * Plain SQL on the session's connection, so the row is in the transaction at once and the
     * session keeps nothing of it: no entity to check for changes at each flush, and a transaction
     * that publishes a whole access reply holds one chunk in memory, not all of them.
     */
    private UUID persist(OutboxEvent event) {
        var row = new PendingRow(event);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (var insert = connection.prepareStatement(PendingRow.INSERT)) {
                row.bind(insert, 1);
                insert.executeUpdate();
            }
        });
        announceOncePerTransaction();
        return event.id;
    }

    /**
     * Fires {@link OutboxWritten} for the first row of a transaction only: its observer runs
     * after the commit, and the transactions of a group commit write a row per webhook, each of
     * which would otherwise register one more observer call on the transaction.
     */
    private void announceOncePerTransaction() {
        if (transactions.getResource(ANNOUNCED) == null) {
            transactions.putResource(ANNOUNCED, Boolean.TRUE);
            written.fire(WRITTEN);
        }
    }

    private PayloadSeal seal() {
        var resolved = resolvedSeal;
        if (resolved == null) {
            if (!seal.isResolvable()) {
                throw new IllegalStateException("A sealed outbox row needs a PayloadSeal bean in this service");
            }
            resolved = seal.get();
            resolvedSeal = resolved;
        }
        return resolved;
    }

    private byte[] jsonOf(EventJson data) {
        var out = new ByteArrayBuilder(512);
        try (var generator = json.getFactory().createGenerator(out)) {
            data.writeJson(generator);
        } catch (IOException e) {
            throw new IllegalArgumentException("Event data cannot be written as JSON: " + data.getClass(), e);
        }
        return out.toByteArray();
    }

    private String serialize(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be written as JSON: " + data.getClass(), e);
        }
    }
}
