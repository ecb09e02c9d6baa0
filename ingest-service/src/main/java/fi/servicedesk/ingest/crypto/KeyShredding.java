package fi.servicedesk.ingest.crypto;

import fi.servicedesk.ingest.config.HaltPoints;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Destroys keys with their data without one transaction across the two databases (R9.3). In the
 * data's transaction, each subject whose row goes gets a {@code key_destruction} row; only once that
 * transaction has committed are the keys destroyed. So no key goes while its data may still roll
 * back, and a crash after the commit leaves rows that {@link #finishPending} (run by the key
 * reconciler, at start and on schedule) completes. The steps, for {@code ingest.test.halt-after}:
 * {@code <work>-before-commit}, {@code <work>-data-commit}, {@code <work>-keys-destroyed}, with
 * work one of {@code erasure}, {@code merge}, {@code sweep}.
 */
@ApplicationScoped
public class KeyShredding {

    /** Why subjects go: a name for the logs and the halt steps. */
    public enum Work {
        ERASURE, MERGE, SWEEP;

        String step(String step) {
            return name().toLowerCase(Locale.ROOT) + "-" + step;
        }
    }

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final DataKeys keys;
    private final HaltPoints halts;
    private final Clock clock;

    KeyShredding(EntityManager entityManager, TransactionSynchronizationRegistry transactions, DataKeys keys,
                 HaltPoints halts, Clock clock) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.keys = keys;
        this.halts = halts;
        this.clock = clock;
    }

    /** In the transaction that deletes these subjects' rows: their keys go once it has committed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void afterCommit(Work work, Collection<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return;
        }
        var ids = List.copyOf(subjectIds);
        entityManager.createNativeQuery("""
                        insert into key_destruction (subject_id, requested_at)
                        select id, :at from unnest(cast(:ids as uuid[])) id on conflict do nothing""")
                .setParameter("ids", ids.toArray(UUID[]::new))
                .setParameter("at", Instant.now(clock))
                .executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                halts.reached(work.step("before-commit"));
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    destroy(work, ids);
                }
            }
        });
    }

    /** After the commit; a failure here only delays the destruction until the reconciler's next run. */
    private void destroy(Work work, List<UUID> ids) {
        halts.reached(work.step("data-commit"));
        try {
            keys.destroyAll(ids);
        } catch (RuntimeException e) {
            Log.warnf(e, "%d data keys of a committed %s are left for the key reconciler", ids.size(), work);
            return;
        }
        halts.reached(work.step("keys-destroyed"));
    }

    /**
     * Takes up to {@code limit} requests whose data's deletion committed, destroys their keys (those
     * a crash left; usually they are gone already) and forgets the requests.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Finished finishPending(int limit) {
        List<UUID> pending = entityManager.createNativeQuery(
                        "select subject_id from key_destruction limit :limit for update skip locked", UUID.class)
                .setParameter("limit", limit).getResultList();
        if (pending.isEmpty()) {
            return new Finished(0, 0);
        }
        int destroyed = keys.destroyAll(pending);
        entityManager.createNativeQuery("delete from key_destruction where subject_id in (:ids)")
                .setParameter("ids", pending).executeUpdate();
        return new Finished(pending.size(), destroyed);
    }

    /** How many requests were taken, and how many of their keys were still there to destroy. */
    public record Finished(int requests, int keysDestroyed) {
    }
}
