package fi.servicedesk.ingest.messaging;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.context.SmallRyeThreadContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.context.ThreadContext;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes outbox rows in order and deletes them once Kafka has acknowledged them (acks=all,
 * idempotent producer). Rows are claimed with FOR UPDATE SKIP LOCKED, so several replicas can
 * relay side by side without sending a row twice. A crash between the broker's ack and the
 * commit re-sends the batch with the same CloudEvent ids, which consumers' inboxes drop.
 * It runs only while the application is up: before start-up ends the channel is not wired yet
 * (SRMSG00019), and during shutdown the database may already be gone.
 */
@ApplicationScoped
public class OutboxRelay {

    static final int BATCH_SIZE = 500;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final SmallRyeThreadContext WITHOUT_TRANSACTION = SmallRyeThreadContext.builder()
            .propagated(ThreadContext.NONE)
            .cleared(ThreadContext.TRANSACTION)
            .unchanged(ThreadContext.ALL_REMAINING)
            .build();

    private final EntityManager entityManager;
    private final MutinyEmitter<String> emitter;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    OutboxRelay(EntityManager entityManager, @Channel("outbox") MutinyEmitter<String> emitter) {
        this.entityManager = entityManager;
        this.emitter = emitter;
    }

    /** The safety net: rows whose wake-up was lost (a crash, a failed send) go out on the next tick. */
    @Scheduled(every = "${ingest.outbox.relay-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relayOnSchedule() {
        drain();
    }

    /**
     * Relays as soon as a transaction that wrote to the outbox has committed. The schedule alone
     * made every event wait up to a second (Quarkus' scheduler runs sub-second periods once a
     * second), once per hop of an erasure (#6). Off the committing thread, so a request or
     * consumer does not wait for Kafka. A thread is started only by the wake-up that raises
     * {@code again}: while it is raised a relay is bound to look again after this commit, so the
     * other commits of a burst cost one flag read each, not a thread.
     */
    void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        if (again.compareAndSet(false, true)) {
            Thread.ofVirtual().start(this::relayWhileAsked);
        }
    }

    /** The scheduled run: asks for a relay and makes it here, unless one is running and will look again. */
    private void drain() {
        again.set(true);
        relayWhileAsked();
    }

    /**
     * One relay at a time in this process, so rows go out in order; a wake-up that comes while a
     * relay runs makes that relay look again instead of starting a second one. Whoever raises
     * {@code again} comes here, so a raised flag is always taken up.
     */
    private void relayWhileAsked() {
        while (again.get() && running.compareAndSet(false, true)) {
            try {
                again.set(false);
                relayPending();
            } catch (RuntimeException e) {
                // The rows stay; the next run sends them again.
                Log.warnf("Outbox relay failed, will retry: %s", e.getMessage());
            } finally {
                running.set(false);
            }
        }
    }

    /** Sends every pending row, batch by batch; returns how many were published. */
    public int relayPending() {
        int total = 0;
        int sent;
        do {
            sent = relayBatch();
            total += sent;
        } while (sent == BATCH_SIZE);
        return total;
    }

    @Transactional
    int relayBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = entityManager.createNativeQuery(
                        "select * from outbox order by seq limit :limit for update skip locked", OutboxEvent.class)
                .setParameter("limit", BATCH_SIZE)
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        // The sends' callbacks run on Kafka's and Vert.x's threads; carrying this transaction there
        // (context propagation) made it active on several threads at commit (ARJUNA012094).
        SmallRyeThreadContext.withThreadContext(WITHOUT_TRANSACTION, () ->
                Uni.join().all(batch.stream().map(this::send).toList()).andFailFast()
                        .await().atMost(SEND_TIMEOUT));
        entityManager.createQuery("delete from OutboxEvent where id in :ids")
                .setParameter("ids", batch.stream().map(e -> e.id).toList())
                .executeUpdate();
        return batch.size();
    }

    private Uni<Void> send(OutboxEvent event) {
        var message = Message.of(event.payload)
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(event.id.toString())
                        .withType(event.type)
                        .withSubject(event.subject)
                        .withTimestamp(event.createdAt.atZone(ZoneOffset.UTC))
                        .build())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(event.topic)
                        .withKey(event.messageKey)
                        .build());
        return emitter.sendMessage(message);
    }
}
