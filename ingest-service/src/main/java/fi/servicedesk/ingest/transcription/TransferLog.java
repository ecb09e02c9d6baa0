package fi.servicedesk.ingest.transcription;

import fi.servicedesk.ingest.domain.Purpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * R7.1: every transfer to a subcontractor — who received what, when and why. The subject and
 * contact are for our own records (access, erasure, sweeps); they are never sent.
 */
@ApplicationScoped
public class TransferLog {

    private final EntityManager entityManager;
    private final Clock clock;

    TransferLog(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID subjectId, UUID contactId, String recipient, String what, Purpose purpose) {
        var now = Instant.now(clock);
        entityManager.createNativeQuery("""
                        insert into transfer_log (id, subject_id, contact_id, recipient, what, purpose, at, stored_at)
                        values (:id, :subject, :contact, :recipient, :what, :purpose, :at, :at)""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("subject", subjectId)
                .setParameter("contact", contactId)
                .setParameter("recipient", recipient)
                .setParameter("what", what)
                .setParameter("purpose", purpose.name())
                .setParameter("at", now)
                .executeUpdate();
    }
}
