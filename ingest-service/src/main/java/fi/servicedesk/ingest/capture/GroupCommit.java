package fi.servicedesk.ingest.capture;

import fi.servicedesk.ingest.config.IngestConfig;
import fi.servicedesk.ingest.domain.SessionContents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Group commit: units of work (one webhook each) that arrive within a few milliseconds of each
 * other run in one transaction, so a burst costs one commit, not one per webhook. Each caller is
 * answered only once that transaction has committed. When the shared transaction fails (one unit
 * threw, a deadlock, the commit), nothing of it is kept and each unit runs again in a transaction
 * of its own, so one bad webhook fails alone and the others are stored.
 * <p>
 * Units are routed to lanes by their affinity (a conversation or call id): a lane runs one
 * transaction at a time, so units of one conversation never wait for each other's locks across
 * transactions and keep their order, while other lanes commit in parallel.
 */
@Singleton
public class GroupCommit {

    /** Without lanes each unit commits alone, on a thread of its own. */
    private static final Executor ALONE = Executors.newVirtualThreadPerTaskExecutor();

    private final Lane[] lanes;
    private final Duration linger;
    private final int maxUnits;
    private final EntityManager entityManager;

    @Inject
    GroupCommit(IngestConfig config, EntityManager entityManager) {
        this(config.groupCommit().lanes(), config.groupCommit().linger(), config.groupCommit().maxUnits(), entityManager);
    }

    GroupCommit(int lanes, Duration linger, int maxUnits, EntityManager entityManager) {
        this.lanes = new Lane[lanes];
        for (int i = 0; i < lanes; i++) {
            this.lanes[i] = new Lane();
        }
        this.linger = linger;
        this.maxUnits = maxUnits;
        this.entityManager = entityManager;
    }

    /**
     * Runs {@code work} in a transaction it may share with other units of work; the stage
     * completes with its result once that transaction has committed, or with its exception when
     * it failed on its own. The caller's thread never waits: a webhook's HTTP request is answered
     * when the stage completes.
     */
    public <T> CompletableFuture<T> submit(Object affinity, Supplier<T> work) {
        if (lanes.length == 0) {
            return CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew().call(work::get), ALONE);
        }
        var unit = new Unit<>(work);
        lanes[Math.floorMod(affinity.hashCode(), lanes.length)].add(unit);
        return unit.outcome;
    }

    /** One unit of work and its caller's answer. */
    private static final class Unit<T> {
        private final Supplier<T> work;
        private final CompletableFuture<T> outcome = new CompletableFuture<>();
        private T result;

        Unit(Supplier<T> work) {
            this.work = work;
        }

        void runShared() {
            result = work.get();
        }

        void answerCommitted() {
            outcome.complete(result);
        }

        void runAlone() {
            try {
                outcome.complete(QuarkusTransaction.requiringNew().call(work::get));
            } catch (Throwable failure) {
                outcome.completeExceptionally(failure);
            }
        }
    }

    /** A queue whose units commit one group at a time, on a thread started by the first unit of a burst. */
    private final class Lane {
        private final ConcurrentLinkedQueue<Unit<?>> waiting = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean draining = new AtomicBoolean();

        void add(Unit<?> unit) {
            waiting.add(unit);
            if (draining.compareAndSet(false, true)) {
                Thread.ofVirtual().name("group-commit").start(this::lingerThenDrain);
            }
        }

        /** The first unit waits a moment for company; later groups take what came while the last one committed. */
        private void lingerThenDrain() {
            do {
                try {
                    pause();
                    while (!waiting.isEmpty()) {
                        commit(next());
                    }
                } finally {
                    draining.set(false);
                }
            } while (!waiting.isEmpty() && draining.compareAndSet(false, true));
        }

        private void pause() {
            if (linger.isPositive()) {
                try {
                    Thread.sleep(linger);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /**
         * The unit's changes go to the database and the session forgets its entities, so each unit
         * starts from an empty session: its flushes check its own entities, not the whole group's.
         * A unit that wrote by plain SQL only (a chat message on the lean path) left the session
         * empty, and nothing is flushed or cleared.
         */
        private void runShared(Unit<?> unit) {
            unit.runShared();
            if (SessionContents.holdsAnything(entityManager)) {
                entityManager.flush();
                entityManager.clear();
            }
        }

        private List<Unit<?>> next() {
            var group = new ArrayList<Unit<?>>();
            Unit<?> unit;
            while (group.size() < maxUnits && (unit = waiting.poll()) != null) {
                group.add(unit);
            }
            return group;
        }

        private void commit(List<Unit<?>> group) {
            if (group.size() == 1) {
                group.getFirst().runAlone();
                return;
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> group.forEach(this::runShared));
            } catch (Throwable sharedFailed) {
                group.forEach(Unit::runAlone);
                return;
            }
            group.forEach(Unit::answerCommitted);
        }
    }
}
