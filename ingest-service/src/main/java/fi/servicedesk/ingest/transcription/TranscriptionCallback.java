package fi.servicedesk.ingest.transcription;

import fi.servicedesk.ingest.capture.Transcripts;
import fi.servicedesk.ingest.domain.ContactRepository;
import fi.servicedesk.ingest.domain.WebhookReceipts;
import fi.servicedesk.ingest.domain.WebhookSource;
import fi.servicedesk.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Stores the subcontractor's transcript as the call's messages (R5.5), which announces them to
 * redaction like any other. One transcript per job: a second, different callback for a completed
 * job is a conflict (409), while a redelivery of the same webhook-id answers 2xx and changes nothing.
 */
@ApplicationScoped
@Transactional
public class TranscriptionCallback {

    private final WebhookReceipts receipts;
    private final EntityManager entityManager;
    private final ContactRepository contacts;
    private final Transcripts transcripts;
    private final Clock clock;

    TranscriptionCallback(WebhookReceipts receipts, EntityManager entityManager, ContactRepository contacts,
                          Transcripts transcripts, Clock clock) {
        this.receipts = receipts;
        this.entityManager = entityManager;
        this.contacts = contacts;
        this.transcripts = transcripts;
        this.clock = clock;
    }

    /** Returns false, having changed nothing, when this webhook id was already received. */
    public boolean complete(String webhookId, TranscriptionResult result) {
        if (!receipts.firstReceipt(WebhookSource.TRANSCRIPTION, webhookId)) {
            return false;
        }
        var job = entityManager.createQuery("from TranscriptionJob where token = :token", TranscriptionJob.class)
                .setParameter("token", result.jobToken())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("No transcription job has this token."));
        if (job.state == TranscriptionJob.State.COMPLETED) {
            throw ProblemException.conflict("This job's transcript is already stored.");
        }
        // A job that is PENDING or FAILED here reached the subcontractor although we never saw its answer.
        var contact = contacts.findById(job.contactId, LockModeType.PESSIMISTIC_WRITE);
        transcripts.append(contact, result.language(), result.segments());
        job.state = TranscriptionJob.State.COMPLETED;
        job.completedAt = Instant.now(clock);
        return true;
    }
}
