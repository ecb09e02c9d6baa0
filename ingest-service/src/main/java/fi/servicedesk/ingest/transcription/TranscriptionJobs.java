package fi.servicedesk.ingest.transcription;

import fi.servicedesk.ingest.config.IngestConfig;
import fi.servicedesk.ingest.domain.Purpose;
import fi.servicedesk.ingest.recordings.RecordingStored;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The transcription jobs' state, each change in its own short transaction: made with the recording,
 * claimed by a dispatcher (FOR UPDATE SKIP LOCKED, then leased so the send itself holds no lock),
 * and settled with the transfer log entry of what left (R7.1).
 */
@ApplicationScoped
public class TranscriptionJobs {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager entityManager;
    private final TransferLog transferLog;
    private final IngestConfig.Transcription config;
    private final Clock clock;
    private final Counter failed;

    TranscriptionJobs(EntityManager entityManager, TransferLog transferLog, IngestConfig config, Clock clock,
                      MeterRegistry registry) {
        this.entityManager = entityManager;
        this.transferLog = transferLog;
        this.config = config.transcription();
        this.clock = clock;
        this.failed = Counter.builder("ingest.transcription.jobs.failed")
                .description("Transcription jobs given up on (R7.1): the recording was not transcribed")
                .register(registry);
    }

    /** In the transaction that stored the recording: the job exists exactly when the audio does. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onRecordingStored(@Observes RecordingStored stored) {
        if (!config.enabled()) {
            return;
        }
        var job = new TranscriptionJob();
        job.id = UUID.randomUUID();
        job.token = newToken();
        job.recordingId = stored.recordingId();
        job.contactId = stored.contactId();
        job.state = TranscriptionJob.State.PENDING;
        job.createdAt = Instant.now(clock);
        job.nextAttemptAt = job.createdAt;
        entityManager.persist(job);
    }

    /** 256 random bits: the token says nothing about the call, the caller or the order of jobs (R7.4). */
    private static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The next due job, leased to this dispatcher for {@code lease}; several replicas never claim the same one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claim> claimNext() {
        var now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<TranscriptionJob> due = entityManager.createNativeQuery("""
                        select * from transcription_job where state = 'PENDING' and next_attempt_at <= :now
                        order by next_attempt_at limit 1 for update skip locked""", TranscriptionJob.class)
                .setParameter("now", now)
                .getResultList();
        return due.stream().findFirst().map(job -> {
            job.attempts++;
            job.nextAttemptAt = now.plus(config.lease());
            return new Claim(job.id, job.token, job.recordingId, job.contactId, job.attempts);
        });
    }

    /** The subcontractor took the audio. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(Claim claim, Transfer transfer) {
        log(claim, transfer);
        job(claim).ifPresent(job -> {
            job.state = TranscriptionJob.State.SENT;
            job.sentAt = Instant.now(clock);
            job.lastError = null;
        });
    }

    /**
     * The attempt failed; {@code transfer} is present when the audio may have reached the
     * subcontractor anyway (it answered with an error, or the connection broke mid-way), so the
     * transfer log still says it left.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void attemptFailed(Claim claim, String reason, boolean retryable, Optional<Transfer> transfer) {
        transfer.ifPresent(t -> log(claim, t));
        job(claim).ifPresent(job -> {
            job.lastError = reason;
            if (retryable && job.attempts < config.maxAttempts()) {
                job.nextAttemptAt = Instant.now(clock).plus(backoff(job.attempts));
                Log.warnf("Transcription job %s attempt %d failed (%s); retrying at %s", job.id, job.attempts, reason, job.nextAttemptAt);
            } else {
                job.state = TranscriptionJob.State.FAILED;
                failed.increment();
                Log.errorf("Transcription job %s failed after %d attempts: %s", job.id, job.attempts, reason);
            }
        });
    }

    /** The wait before the next attempt: the configured backoff, doubled for each failure after the first. */
    Duration backoff(int failedAttempts) {
        var wait = config.backoff().multipliedBy(1L << Math.min(failedAttempts - 1, 30));
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    /**
     * The claimed job, unless its recording was swept or erased meanwhile (ON DELETE CASCADE) or its
     * transcript already came back (a callback can overtake our reading of the answer).
     */
    private Optional<TranscriptionJob> job(Claim claim) {
        return Optional.ofNullable(entityManager.find(TranscriptionJob.class, claim.jobId(), LockModeType.PESSIMISTIC_WRITE))
                .filter(job -> job.state == TranscriptionJob.State.PENDING);
    }

    private void log(Claim claim, Transfer transfer) {
        transferLog.record(transfer.subjectId(), claim.contactId(), transfer.recipient(),
                transfer.what() + ", job " + claim.token() + ", attempt " + claim.attempt(), Purpose.A);
    }

    /** A job a dispatcher is working on. */
    public record Claim(UUID jobId, String token, UUID recordingId, UUID contactId, int attempt) {
    }

    /** What left, for the transfer log: the subject it is about, who received it and a description. */
    public record Transfer(UUID subjectId, String recipient, String what) {
    }
}
