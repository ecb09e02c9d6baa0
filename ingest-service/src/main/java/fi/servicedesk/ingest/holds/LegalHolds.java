package fi.servicedesk.ingest.holds;

import fi.servicedesk.ingest.domain.Contact;
import fi.servicedesk.ingest.events.LegalHoldLifted;
import fi.servicedesk.ingest.events.LegalHoldPlaced;
import fi.servicedesk.ingest.subjects.Identifiers;
import fi.servicedesk.ingest.subjects.SubjectRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Legal holds (R3.1) placed in rights-service: a hold on a contact keeps that contact; a hold by
 * identifiers keeps every contact of every subject they belong to, including contacts stored
 * after the hold, until it is lifted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LegalHolds {

    /** SQL condition: the contact aliased {@code c} is under some hold. */
    public static final String HELD_CONTACT = "exists (select 1 from legal_hold h where h.contact_id = c.id or h.subject_id = c.subject_id)";

    private final EntityManager entityManager;
    private final SubjectRegistry registry;

    LegalHolds(EntityManager entityManager, SubjectRegistry registry) {
        this.entityManager = entityManager;
        this.registry = registry;
    }

    /**
     * A hold on a contact is one row; a hold by identifiers is one row per subject any of them
     * belongs to (R3.1): a person known by e-mail in chats and by phone in calls is held whole.
     */
    public void place(LegalHoldPlaced hold) {
        if (hold.contactId() != null) {
            insert(hold, hold.contactId(), null);
            return;
        }
        var subjects = registry.belongingToAny(Identifiers.normalised(hold.subject().name(), hold.subject().email(),
                hold.subject().username(), hold.subject().phone()));
        if (subjects.isEmpty()) {
            Log.infof("Legal hold %s names a subject ingest holds nothing on", hold.holdId());
        }
        subjects.forEach(subject -> insert(hold, null, subject.id));
    }

    private void insert(LegalHoldPlaced hold, UUID contactId, UUID subjectId) {
        entityManager.createNativeQuery("""
                        insert into legal_hold (hold_id, contact_id, subject_id, reason, placed_at, placed_by)
                        values (:id, :contact, :subject, :reason, :at, :by) on conflict do nothing""")
                .setParameter("id", hold.holdId())
                .setParameter("contact", contactId)
                .setParameter("subject", subjectId)
                .setParameter("reason", hold.reason())
                .setParameter("at", hold.placedAt())
                .setParameter("by", hold.placedBy())
                .executeUpdate();
    }

    public void lift(LegalHoldLifted lifted) {
        entityManager.createNativeQuery("delete from legal_hold where hold_id = :id")
                .setParameter("id", lifted.holdId()).executeUpdate();
    }

    /** The holds keeping this contact, oldest first. */
    public List<Hold> holdsOn(Contact contact) {
        List<?> rows = entityManager.createNativeQuery(
                        "select distinct cast(hold_id as text), reason, placed_at from legal_hold"
                                + " where contact_id = :contact or subject_id = :subject order by placed_at")
                .setParameter("contact", contact.id)
                .setParameter("subject", contact.subjectId)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row).map(row -> new Hold((String) row[0], (String) row[1])).toList();
    }

    /** The holds on this subject itself (by identifiers), oldest first. */
    public List<Hold> holdsOnSubject(UUID subjectId) {
        List<?> rows = entityManager.createNativeQuery(
                        "select cast(hold_id as text), reason from legal_hold where subject_id = :subject order by placed_at")
                .setParameter("subject", subjectId)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row).map(row -> new Hold((String) row[0], (String) row[1])).toList();
    }

    public record Hold(String holdId, String reason) {
    }
}
