package fi.servicedesk.kit.outbox;

import fi.servicedesk.kit.config.KitConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes outbox rows in order and deletes them once Kafka has acknowledged them (DESIGN §3).
 * <ul>
 * <li>One relay at a time per database: each round holds a PostgreSQL advisory lock for its
 * transaction, so with any number of replicas one key's events leave in order. A crash between
 * the broker's ack and the commit re-sends the round with the same CloudEvent ids, which the
 * consumers' inboxes drop.</li>
 * <li>A row the broker can never accept is parked with its reason and counted
 * ({@code outbox_parked_total{type}}); the rows behind it go on ({@link ParkedEvents}).</li>
 * <li>Any other failure leaves the rows in line; the relay waits (doubling up to a maximum)
 * before it tries again.</li>
 * <li>A sealed row is opened just before it is sent; one whose key was destroyed meanwhile
 * (a crypto-shredded subject) is deleted unsent and counted ({@code outbox_shredded_total{type}}),
 * as the erasure meant ({@link PayloadSeal}).</li>
 * <li>A commit that wrote rows wakes the relay after a short linger; a burst of commits costs one
 * wake-up and leaves as one batch, deleted in one statement, and the schedule picks up rows whose
 * wake-up was lost (a crash, a failed round).</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxRelay {

    /** The advisory lock that makes one relay the active one; each service has its own database. */
    private static final long LEADERSHIP = 0x5e7d_e5c0_0b0c_0001L;

    private final EntityManager entityManager;
    private final OutboxSender sender;
    private final KitConfig.Outbox config;
    private final MeterRegistry meters;
    private final Instance<PayloadSeal> seal;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile long retryAfterNanos = System.nanoTime();
    private volatile Duration backoff;

    OutboxRelay(EntityManager entityManager, OutboxSender sender, KitConfig config, MeterRegistry meters,
                Instance<PayloadSeal> seal, Clock clock) {
        this.entityManager = entityManager;
        this.sender = sender;
        this.config = config.outbox();
        this.meters = meters;
        this.seal = seal;
        this.clock = clock;
        this.backoff = this.config.backoff();
    }

    @Scheduled(every = "${servicedesk.outbox.relay-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relayOnSchedule() {
        again.set(true);
        relayWhileAsked();
    }

    /**
     * Off the committing thread, so a request or consumer does not wait for Kafka. A thread is
     * started only by the wake-up that raises {@code again}: while it is raised a relay is bound to
     * look again, so the other commits of a burst cost one flag read each. That thread lingers a
     * moment first, so the burst's rows are read, sent and deleted as one batch.
     */
    void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        if (again.compareAndSet(false, true)) {
            Thread.ofVirtual().name("outbox-relay").start(this::lingerThenRelay);
        }
    }

    private void lingerThenRelay() {
        try {
            Thread.sleep(config.linger());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        relayWhileAsked();
    }

    /** Whoever raises {@code again} comes here, so a raised flag is always taken up. */
    private void relayWhileAsked() {
        while (again.get() && running.compareAndSet(false, true)) {
            try {
                again.set(false);
                if (System.nanoTime() - retryAfterNanos >= 0) {
                    relayPending();
                }
            } finally {
                running.set(false);
            }
        }
    }

    /** Sends every pending row, round by round, until none is left or the broker fails; returns how many were sent. */
    public int relayPending() {
        int total = 0;
        while (true) {
            Round round;
            try {
                round = QuarkusTransaction.requiringNew()
                        .timeout((int) config.sendTimeout().plusSeconds(30).toSeconds())
                        .call(this::relayRound);
            } catch (RuntimeException e) {
                waitBeforeRetrying(e);
                return total;
            }
            total += round.sent();
            if (round.failure() != null) {
                waitBeforeRetrying(round.failure());
                return total;
            }
            backoff = config.backoff();
            if (!round.more()) {
                return total;
            }
        }
    }

    private Round relayRound() {
        var pending = leadThenReadPending();
        var batch = pending.rows();
        if (batch.isEmpty()) {
            return new Round(0, false, null);
        }
        var shredded = new ArrayList<UUID>();
        var outgoing = opened(batch, shredded);
        delete(shredded);
        var outcomes = sender.send(outgoing, config.sendTimeout());
        var sent = new ArrayList<UUID>(outgoing.size());
        Throwable passing = null;
        for (int i = 0; i < outgoing.size(); i++) {
            var row = outgoing.get(i).row();
            var failure = outcomes.get(i);
            if (failure == null) {
                sent.add(row.id);
            } else if (BrokerRefusals.isPermanent(failure)) {
                park(row, failure);
            } else if (passing == null) {
                passing = failure;
            }
        }
        delete(sent);
        return new Round(sent.size(), pending.more(), passing);
    }

    /**
     * Takes the leadership lock for this transaction, then reads the next rows in line: up to
     * {@code batch-size} of them, cut where their payloads pass {@code batch-bytes} (at least one
     * row). Plain SQL on the session's connection: the rows are read only, so entities (a query to
     * translate, rows to hydrate and track) would be work for nothing. The head of the line is
     * measured by its stored sizes ({@code pg_column_size}, no payload read); only the rows taken
     * are read whole.
     */
    private Pending leadThenReadPending() {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (var lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, LEADERSHIP);
                lock.executeQuery().close();
            }
            try (var select = connection.prepareStatement("""
                    select id, seq, topic, message_key, ce_type, ce_subject, extensions, payload, key_ref, sealed_payload,
                           created_at, in_head
                    from (select o.*, count(*) over () as in_head, row_number() over (order by seq) as place,
                                 sum(coalesce(pg_column_size(payload), 0) + coalesce(pg_column_size(sealed_payload), 0))
                                     over (order by seq) as bytes_so_far
                          from (select * from outbox where parked_at is null order by seq limit ?) o) head
                    where place = 1 or bytes_so_far <= ?
                    order by seq""")) {
                select.setInt(1, config.batchSize());
                select.setLong(2, config.batchBytes().asLongValue());
                var batch = new ArrayList<OutboxEvent>();
                long inHead = 0;
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        batch.add(row(rows));
                        inHead = rows.getLong(12);
                    }
                }
                // Rows left behind the cut, or a full head: there may be more in line.
                return new Pending(batch, batch.size() < inHead || inHead == config.batchSize());
            }
        });
    }

    private static OutboxEvent row(ResultSet rows) throws SQLException {
        var row = new OutboxEvent();
        row.id = rows.getObject(1, UUID.class);
        row.seq = rows.getLong(2);
        row.topic = rows.getString(3);
        row.messageKey = rows.getString(4);
        row.type = rows.getString(5);
        row.subject = rows.getString(6);
        row.extensions = rows.getString(7);
        row.payload = rows.getString(8);
        row.keyRef = rows.getString(9);
        row.sealedPayload = rows.getBytes(10);
        row.createdAt = rows.getObject(11, OffsetDateTime.class).toInstant();
        return row;
    }

    /**
     * The rows with the bytes they are sent as: a sealed row's payload opened (the bytes that were
     * sealed, never made a string), a plain row's text in UTF-8; those whose key is gone are added
     * to {@code shredded}. The rows are no entities, so an opened payload lives in memory only and
     * is never written back.
     */
    private List<OutgoingEvent> opened(List<OutboxEvent> batch, List<UUID> shredded) {
        var open = new ArrayList<OutgoingEvent>(batch.size());
        PayloadSeal opener = null;
        for (var row : batch) {
            if (row.sealedPayload == null) {
                open.add(new OutgoingEvent(row, row.payload == null ? null : row.payload.getBytes(StandardCharsets.UTF_8)));
                continue;
            }
            if (opener == null) {
                opener = seal.get();
            }
            var plain = opener.open(row.keyRef, row.sealedPayload);
            if (plain.isPresent()) {
                open.add(new OutgoingEvent(row, plain.get()));
            } else {
                shredded.add(row.id);
                meters.counter("outbox.shredded", "type", row.type).increment();
                Log.infof("Outbox event %s (%s, topic %s) dropped unsent: its key was destroyed (erasure)",
                        row.id, row.type, row.topic);
            }
        }
        return open;
    }

    private void park(OutboxEvent row, Throwable failure) {
        entityManager.createQuery("update OutboxEvent set parkedAt = :at, parkedReason = :reason where id = :id")
                .setParameter("at", clock.instant())
                .setParameter("reason", BrokerRefusals.reason(failure))
                .setParameter("id", row.id)
                .executeUpdate();
        meters.counter("outbox.parked", "type", row.type).increment();
        Log.errorf("Outbox event %s (%s, topic %s) parked, the broker will never accept it: %s",
                row.id, row.type, row.topic, BrokerRefusals.reason(failure));
    }

    /**
     * One statement with one array parameter, whatever the batch's size: a list parameter would
     * make a statement (and a query plan to translate) per distinct size.
     */
    private void delete(List<UUID> ids) {
        if (!ids.isEmpty()) {
            entityManager.unwrap(Session.class).doWork(connection -> {
                try (var delete = connection.prepareStatement("delete from outbox where id = any(?)")) {
                    delete.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                    delete.executeUpdate();
                }
            });
        }
    }

    private void waitBeforeRetrying(Throwable failure) {
        var wait = backoff;
        retryAfterNanos = System.nanoTime() + wait.toNanos();
        var doubled = wait.multipliedBy(2);
        backoff = doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
        Log.warnf("Outbox relay could not send (%s: %s); the rows stay in line, next try in %d ms",
                failure.getClass().getSimpleName(), failure.getMessage(), wait.toMillis());
    }

    /** The rows one round takes, and whether more may wait behind them. */
    private record Pending(List<OutboxEvent> rows, boolean more) {
    }

    /** What one round did: rows acknowledged, whether more may wait, and a passing failure. */
    private record Round(int sent, boolean more, Throwable failure) {
    }
}
