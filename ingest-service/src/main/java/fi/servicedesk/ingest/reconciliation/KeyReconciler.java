package fi.servicedesk.ingest.reconciliation;

import fi.servicedesk.ingest.config.IngestConfig;
import fi.servicedesk.ingest.crypto.DataKeys;
import fi.servicedesk.ingest.crypto.KeyShredding;
import fi.servicedesk.kit.schedule.ApplicationStopping;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Finishes or undoes key work that a crash left half-done between the data database and the keys
 * database (R9.3), at start and then on schedule ({@code ingest.crypto.reconcile-every}):
 * <ul>
 * <li>a deletion that committed without its keys' destruction: the keys are destroyed
 *     ({@link KeyShredding#finishPending}, which also clears the requests whose keys went at once);</li>
 * <li>a key that no subject row uses, older than {@code ingest.crypto.orphan-key-grace} (its
 *     subject's transaction never committed): destroyed;</li>
 * <li>a subject row whose key is gone: its contacts, messages and recordings can never be read
 *     again, and every later webhook of the person would fail on them, so they are purged and
 *     reported. Holds, audit entries and objections name no plaintext and stay.</li>
 * </ul>
 * Every step is idempotent, so replicas may reconcile at the same time. Reported by
 * {@code ingest_keys_reconciled_total{outcome}} and a log line of counts (no personal data).
 */
@ApplicationScoped
public class KeyReconciler {

    static final int PAGE = 5_000;
    private static final UUID LOWEST = new UUID(0, 0);

    private final KeyShredding shredding;
    private final DataKeys keys;
    private final EntityManager entityManager;
    private final MeterRegistry metrics;
    private final Duration orphanKeyGrace;
    private final Clock clock;

    KeyReconciler(KeyShredding shredding, DataKeys keys, EntityManager entityManager, MeterRegistry metrics,
                  IngestConfig config, Clock clock) {
        this.shredding = shredding;
        this.keys = keys;
        this.entityManager = entityManager;
        this.metrics = metrics;
        this.orphanKeyGrace = config.crypto().orphanKeyGrace();
        this.clock = clock;
    }

    /**
     * An {@code every} schedule fires first as the scheduler starts, and that first run finishes a
     * crash's leftovers at once: it needs only the two databases, which are ready by then. So it
     * skips only once the application stops, not while it starts.
     */
    @Scheduled(every = "${ingest.crypto.reconcile-every:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = ApplicationStopping.class)
    void onSchedule() {
        reconcile();
    }

    @Transactional(Transactional.TxType.NEVER)
    public Reconciled reconcile() {
        long finished = 0;
        KeyShredding.Finished batch;
        do {
            batch = shredding.finishPending(PAGE);
            finished += batch.keysDestroyed();
        } while (batch.requests() > 0);
        var result = new Reconciled(finished, destroyOrphanKeys(), purgeSubjectsWithoutKey());
        count("destruction-finished", result.destructionsFinished());
        count("orphan-key-destroyed", result.orphanKeysDestroyed());
        count("keyless-subject-purged", result.keylessSubjectsPurged());
        if (result.anything()) {
            Log.warnf("Key reconciliation: %d key destructions finished, %d orphan keys destroyed, %d subjects without"
                            + " a key purged", result.destructionsFinished(), result.orphanKeysDestroyed(),
                    result.keylessSubjectsPurged());
        }
        return result;
    }

    private long destroyOrphanKeys() {
        var madeBefore = Instant.now(clock).minus(orphanKeyGrace);
        long destroyed = 0;
        var after = LOWEST;
        List<UUID> page;
        do {
            page = keys.madeBefore(madeBefore, after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            var ofPage = page;
            var withSubject = QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createNativeQuery("select id from subject where id in (:ids)", UUID.class)
                    .setParameter("ids", ofPage).getResultList());
            var orphans = page.stream().filter(id -> !withSubject.contains(id)).toList();
            destroyed += keys.destroyAll(orphans);
            after = page.getLast();
        } while (page.size() == PAGE);
        return destroyed;
    }

    private long purgeSubjectsWithoutKey() {
        long purged = 0;
        var after = LOWEST;
        List<UUID> page;
        do {
            var from = after;
            page = QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createNativeQuery("select id from subject where id > :after order by id limit :limit", UUID.class)
                    .setParameter("after", from).setParameter("limit", PAGE).getResultList());
            if (page.isEmpty()) {
                break;
            }
            var withKey = keys.existing(page);
            for (var subjectId : page) {
                if (!withKey.contains(subjectId) && QuarkusTransaction.requiringNew().call(() -> purge(subjectId))) {
                    purged++;
                }
            }
            after = page.getLast();
        } while (page.size() == PAGE);
        return purged;
    }

    /**
     * Under the subject's row lock, so an erasure deleting it meanwhile is waited for; the key is
     * looked for again under the lock, since one is destroyed only after its subject row is gone.
     */
    private boolean purge(UUID subjectId) {
        var locked = entityManager.createNativeQuery("select id from subject where id = :id for update", UUID.class)
                .setParameter("id", subjectId).getResultList();
        if (locked.isEmpty() || !keys.existing(List.of(subjectId)).isEmpty()) {
            return false;
        }
        // Messages, recordings, their chunks and transcription jobs go with their contact (on delete cascade).
        entityManager.createNativeQuery("delete from contact where subject_id = :id").setParameter("id", subjectId)
                .executeUpdate();
        entityManager.createNativeQuery("delete from subject where id = :id").setParameter("id", subjectId).executeUpdate();
        return true;
    }

    private void count(String outcome, long amount) {
        metrics.counter("ingest.keys.reconciled", "outcome", outcome).increment(amount);
    }

    public record Reconciled(long destructionsFinished, long orphanKeysDestroyed, long keylessSubjectsPurged) {

        boolean anything() {
            return destructionsFinished + orphanKeysDestroyed + keylessSubjectsPurged > 0;
        }
    }
}
