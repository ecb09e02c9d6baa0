package fi.servicedesk.ingest.holds;

import fi.servicedesk.ingest.domain.Contact;
import fi.servicedesk.ingest.domain.Subject;
import fi.servicedesk.ingest.events.LegalHoldLifted;
import fi.servicedesk.ingest.events.LegalHoldPlaced;
import fi.servicedesk.ingest.events.RightsRequested;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Legal holds (R3.1) placed in rights-service: a hold on a contact keeps that contact; a hold by
 * identifiers (their matching hashes) keeps every contact of every subject any of them belongs to,
 * including subjects stored after the hold (legal_hold_identity and its trigger), until it is lifted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LegalHolds {

    /** SQL condition: the contact aliased {@code c} is under some hold. */
    public static final String HELD_CONTACT = "exists (select 1 from legal_hold h where h.contact_id = c.id or h.subject_id = c.subject_id)";

    private final EntityManager entityManager;

    LegalHolds(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * A hold on a contact is one row; a hold by identifiers keeps its hashes and one row per subject
     * any of them belongs to now (R3.1): a person known by e-mail in chats and by phone in calls is
     * held whole. The name's hash holds nothing: names are shared.
     */
    public void place(LegalHoldPlaced hold) {
        if (hold.contactId() != null) {
            entityManager.createNativeQuery("""
                            insert into legal_hold (hold_id, contact_id, reason, placed_at, placed_by)
                            values (:id, :contact, '', :at, :by) on conflict do nothing""")
                    .setParameter("id", hold.holdId()).setParameter("contact", hold.contactId())
                    .setParameter("at", hold.placedAt())
                    .setParameter("by", hold.placedBy()).executeUpdate();
            return;
        }
        for (var hash : lookupHashes(hold.subject())) {
            entityManager.createNativeQuery("""
                            insert into legal_hold_identity (hold_id, blind_index, reason, placed_at, placed_by)
                            values (:id, :hash, '', :at, :by) on conflict do nothing""")
                    .setParameter("id", hold.holdId()).setParameter("hash", hash)
                    .setParameter("at", hold.placedAt())
                    .setParameter("by", hold.placedBy()).executeUpdate();
        }
        int covered = entityManager.createNativeQuery("""
                        insert into legal_hold (hold_id, subject_id, reason, placed_at, placed_by)
                        select i.hold_id, s.id, i.reason, i.placed_at, i.placed_by
                        from legal_hold_identity i join subject s on i.blind_index in (s.email_index, s.username_index, s.phone_index)
                        where i.hold_id = :id on conflict do nothing""")
                .setParameter("id", hold.holdId()).executeUpdate();
        if (covered == 0) {
            Log.infof("Legal hold %s names a subject ingest holds nothing on yet", hold.holdId());
        }
    }

    public void lift(LegalHoldLifted lifted) {
        entityManager.createNativeQuery("delete from legal_hold where hold_id = :id")
                .setParameter("id", lifted.holdId()).executeUpdate();
        entityManager.createNativeQuery("delete from legal_hold_identity where hold_id = :id")
                .setParameter("id", lifted.holdId()).executeUpdate();
    }

    /** The holds placed here that keep this contact, oldest first. */
    public List<Hold> holdsOn(Contact contact) {
        List<?> rows = entityManager.createNativeQuery(
                        "select distinct cast(hold_id as text), placed_at from legal_hold"
                                + " where contact_id = :contact or subject_id = :subject order by placed_at")
                .setParameter("contact", contact.id)
                .setParameter("subject", contact.subjectId)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row).map(row -> new Hold((String) row[0])).toList();
    }

    /**
     * The holds keeping this contact of {@code subject}: those placed here, and those the command
     * names (a hold event may still be on its way on another partition).
     */
    public List<Hold> holdsOn(Contact contact, Subject subject, List<RightsRequested.Hold> named) {
        var holds = new ArrayList<>(holdsOn(contact));
        named.stream().filter(h -> contact.id.equals(h.contactId()) || covers(h, subject))
                .map(h -> new Hold(h.holdId().toString())).forEach(holds::add);
        return List.copyOf(new LinkedHashSet<>(holds));
    }

    /** The holds on this subject itself (by identifiers), placed here or named by the command, oldest first. */
    public List<Hold> holdsOnSubject(Subject subject, List<RightsRequested.Hold> named) {
        List<?> rows = entityManager.createNativeQuery(
                        "select cast(hold_id as text) from legal_hold where subject_id = :subject order by placed_at")
                .setParameter("subject", subject.id)
                .getResultList();
        var holds = new ArrayList<>(rows.stream().map(row -> new Hold((String) row)).toList());
        named.stream().filter(h -> covers(h, subject)).map(h -> new Hold(h.holdId().toString()))
                .forEach(holds::add);
        return List.copyOf(new LinkedHashSet<>(holds));
    }

    private static boolean covers(RightsRequested.Hold hold, Subject subject) {
        var indexes = Stream.of(subject.emailIndex, subject.usernameIndex, subject.phoneIndex).filter(Objects::nonNull).toList();
        return lookupHashes(hold.subject()).stream().anyMatch(indexes::contains);
    }

    private static List<String> lookupHashes(RightsRequested.SubjectHashes hashes) {
        return hashes == null ? List.of()
                : Stream.of(hashes.email(), hashes.username(), hashes.phone()).filter(Objects::nonNull).toList();
    }

    /**
     * A hold by its id. Its reason stays in rights-service, the source of holds: a dispute's free
     * text may name people, so it never travels nor is stored here (the reason columns stay empty).
     */
    public record Hold(String holdId) {
    }
}
