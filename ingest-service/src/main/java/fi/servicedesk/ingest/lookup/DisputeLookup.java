package fi.servicedesk.ingest.lookup;

import fi.servicedesk.ingest.domain.SealedFields;
import fi.servicedesk.ingest.crypto.DataKeys;
import fi.servicedesk.ingest.domain.Contact;
import fi.servicedesk.ingest.domain.ContactRepository;
import fi.servicedesk.ingest.domain.MessageRepository;
import fi.servicedesk.ingest.domain.Purpose;
import fi.servicedesk.ingest.domain.SubjectRepository;
import fi.servicedesk.ingest.recordings.RecordingStore;
import fi.servicedesk.ingest.recordings.StoredRecording;
import fi.servicedesk.ingest.subjects.Identifiers;
import fi.servicedesk.ingest.subjects.SubjectRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static fi.servicedesk.ingest.domain.Columns.instant;

/**
 * Dispute look-up (R3.1): contacts by the subject's e-mail, phone (any written form) or user
 * name, through the blind index. Every read writes an access-audit entry in the same
 * transaction (R9.2), so no read happens unrecorded.
 */
@ApplicationScoped
@Transactional
public class DisputeLookup {

    private final SubjectRegistry registry;
    private final SubjectRepository subjects;
    private final ContactRepository contacts;
    private final MessageRepository messages;
    private final DataKeys keys;
    private final RecordingStore recordings;
    private final EntityManager entityManager;
    private final Clock clock;

    DisputeLookup(SubjectRegistry registry, SubjectRepository subjects, ContactRepository contacts,
                  MessageRepository messages, DataKeys keys, RecordingStore recordings, EntityManager entityManager,
                  Clock clock) {
        this.registry = registry;
        this.recordings = recordings;
        this.subjects = subjects;
        this.contacts = contacts;
        this.messages = messages;
        this.keys = keys;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public List<ContactView> search(Identifiers by, Instant from, Instant to, String reason, String who) {
        var subject = registry.findAny(by);
        if (subject.isEmpty()) {
            audit(who, reason, null, null);
            return List.of();
        }
        var found = contacts.ofSubject(subject.get().id).stream()
                .filter(c -> from == null || c.startedAt == null || !c.startedAt.isBefore(from))
                .filter(c -> to == null || c.startedAt == null || c.startedAt.isBefore(to))
                .map(c -> view(c, false)).toList();
        audit(who, reason, subject.get().id, null);
        return found;
    }

    public Optional<ContactView> contact(UUID id, String reason, String who) {
        var contact = contacts.findByIdOptional(id);
        contact.ifPresent(c -> audit(who, reason, c.subjectId, c.id));
        return contact.map(c -> view(c, true));
    }

    /** The contact's recording, if it has one; the read is audited like any other (R9.2). */
    public Optional<StoredRecording> recording(UUID contactId, String reason, String who) {
        var recording = recordings.ofContact(contactId);
        recording.ifPresent(r -> audit(who, reason, r.subjectId(), r.contactId()));
        return recording;
    }

    public List<AuditEntryView> audit() {
        List<?> rows = entityManager.createNativeQuery(
                "select id, at, who, reason, subject_id, contact_id from access_audit order by at desc limit 1000").getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new AuditEntryView((UUID) r[0], instant(r[1]), (String) r[2],
                (String) r[3], (UUID) r[4], (UUID) r[5])).toList();
    }

    private ContactView view(Contact contact, boolean withMessages) {
        var key = keys.of(contact.subjectId);
        var who = SubjectRegistry.identifiersOf(subjects.findById(contact.subjectId), key);
        var messageViews = withMessages ? messages.ofContact(contact.id).stream().map(m -> new ContactView.MessageView(
                m.seq, m.speaker.name(), key.decryptText(SealedFields.messageText(m.id), m.textEnc), m.occurredAt)).toList() : null;
        boolean hasRecording = recordings.ofContact(contact.id).isPresent();
        return new ContactView(contact.id, contact.channel.name(), contact.startedAt, contact.endedAt,
                new ContactView.SubjectView(who.name(), who.email(), who.username(), who.phone()),
                messages.count("contactId", contact.id), hasRecording, contact.storedAt, messageViews);
    }

    private void audit(String who, String reason, UUID subjectId, UUID contactId) {
        var now = Instant.now(clock);
        entityManager.createNativeQuery("""
                        insert into access_audit (id, who, reason, subject_id, contact_id, at, purpose, stored_at)
                        values (:id, :who, :reason, :subject, :contact, :at, :purpose, :at)""")
                .setParameter("id", UUID.randomUUID()).setParameter("who", who).setParameter("reason", reason)
                .setParameter("subject", subjectId).setParameter("contact", contactId)
                .setParameter("at", now).setParameter("purpose", Purpose.A.name())
                .executeUpdate();
    }
}
