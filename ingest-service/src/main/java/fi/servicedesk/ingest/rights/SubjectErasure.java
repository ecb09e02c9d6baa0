package fi.servicedesk.ingest.rights;

import fi.servicedesk.ingest.crypto.KeyShredding;
import fi.servicedesk.ingest.domain.ContactRepository;
import fi.servicedesk.ingest.domain.MessageRepository;
import fi.servicedesk.ingest.domain.Subject;
import fi.servicedesk.ingest.holds.LegalHolds;
import fi.servicedesk.ingest.events.RequestAnswered;
import fi.servicedesk.ingest.events.RightsRequested;
import fi.servicedesk.ingest.subjects.SubjectRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * R10.3 / R4.1: deletes a subject's contacts, messages and recordings and shreds its key once that
 * commits (KeyShredding), except
 * what a legal hold keeps (R3.1): a held contact stays, and a subject that keeps a contact or is
 * held itself stays with its key; the answer names each hold (its reason is rights-service's to show). The holds the command
 * names count as much as those placed here: a hold event may arrive after the command (R3.1).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SubjectErasure {

    private final ContactRepository contacts;
    private final MessageRepository messages;
    private final LegalHolds holds;
    private final SubjectRegistry registry;
    private final EntityManager entityManager;

    SubjectErasure(ContactRepository contacts, MessageRepository messages, LegalHolds holds, SubjectRegistry registry,
                   EntityManager entityManager) {
        this.contacts = contacts;
        this.messages = messages;
        this.holds = holds;
        this.registry = registry;
        this.entityManager = entityManager;
    }

    /** Several subjects when the person is known here as several (SubjectRegistry.matching); one answer for all. */
    public Outcome erase(List<Subject> subjects, List<RightsRequested.Hold> named) {
        long contactsRemoved = 0, messagesRemoved = 0, recordingsRemoved = 0, contactsKept = 0, messagesKept = 0;
        long subjectsRemoved = 0, subjectsKept = 0;
        var reasons = new LinkedHashSet<String>();
        for (var subject : subjects) {
            long keptBefore = contactsKept;
            for (var contact : contacts.ofSubject(subject.id)) {
                var contactHolds = holds.holdsOn(contact, subject, named);
                long messageCount = messages.count("contactId", contact.id);
                if (!contactHolds.isEmpty()) {
                    contactsKept++;
                    messagesKept += messageCount;
                    contactHolds.forEach(h -> reasons.add("legal hold " + h.holdId()));
                    continue;
                }
                recordingsRemoved += entityManager.createNativeQuery("delete from recording where contact_id = :id")
                        .setParameter("id", contact.id).executeUpdate();
                messagesRemoved += messages.delete("contactId", contact.id);
                contacts.delete(contact);
                contactsRemoved++;
            }
            var subjectHolds = holds.holdsOnSubject(subject, named);
            subjectHolds.forEach(h -> reasons.add("legal hold " + h.holdId()));
            if (contactsKept == keptBefore && subjectHolds.isEmpty()) {
                contacts.flush();
                registry.forget(subject, KeyShredding.Work.ERASURE);
                subjectsRemoved++;
            } else {
                subjectsKept++;
            }
        }
        var removed = new ArrayList<>(List.of(
                new RequestAnswered.Removed("contact", contactsRemoved),
                new RequestAnswered.Removed("message", messagesRemoved),
                new RequestAnswered.Removed("recording", recordingsRemoved)));
        if (subjectsRemoved > 0) {
            removed.add(new RequestAnswered.Removed("subject", subjectsRemoved));
            removed.add(new RequestAnswered.Removed("data-key", subjectsRemoved));
        }
        if (subjectsKept == 0) {
            return new Outcome(removed, List.of());
        }
        var reason = String.join("; ", reasons);
        return new Outcome(removed, List.of(
                new RequestAnswered.Kept("contact", contactsKept, reason),
                new RequestAnswered.Kept("message", messagesKept, reason),
                new RequestAnswered.Kept("subject", subjectsKept, reason)));
    }

    public record Outcome(List<RequestAnswered.Removed> removed, List<RequestAnswered.Kept> kept) {
    }
}
