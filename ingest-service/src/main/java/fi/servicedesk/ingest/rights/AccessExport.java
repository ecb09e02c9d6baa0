package fi.servicedesk.ingest.rights;

import fi.servicedesk.ingest.capture.SealedFields;
import fi.servicedesk.ingest.crypto.DataKeys;
import fi.servicedesk.ingest.domain.Contact;
import fi.servicedesk.ingest.domain.ContactRepository;
import fi.servicedesk.ingest.domain.MessageRepository;
import fi.servicedesk.ingest.domain.Subject;
import fi.servicedesk.ingest.holds.LegalHolds;
import fi.servicedesk.ingest.recordings.RecordingStore;
import fi.servicedesk.ingest.crypto.SubjectKey;
import fi.servicedesk.ingest.subjects.SubjectRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import static fi.servicedesk.ingest.domain.Columns.instant;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** R10.1: the subject's whole record here, decrypted, as the access document. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccessExport {

    private final ContactRepository contacts;
    private final MessageRepository messages;
    private final SubjectRegistry registry;
    private final LegalHolds holds;
    private final DataKeys keys;
    private final RecordingStore recordings;
    private final EntityManager entityManager;
    private final Clock clock;

    AccessExport(ContactRepository contacts, MessageRepository messages, SubjectRegistry registry, LegalHolds holds,
                 DataKeys keys, RecordingStore recordings, EntityManager entityManager, Clock clock) {
        this.recordings = recordings;
        this.contacts = contacts;
        this.messages = messages;
        this.registry = registry;
        this.holds = holds;
        this.keys = keys;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public AccessDocument of(Subject subject) {
        var key = keys.of(subject.id);
        var who = registry.identifiersOf(subject, key);
        return new AccessDocument("ingest-service", Instant.now(clock),
                List.of(new AccessDocument.SubjectEntry(subject.id.toString(), who.name(), who.email(), who.username(),
                        who.phone(), subject.storedAt)),
                contacts.ofSubject(subject.id).stream().map(c -> contact(c, key)).toList(),
                transfers(subject.id), accessLog(subject.id));
    }

    private AccessDocument.ContactEntry contact(Contact contact, SubjectKey key) {
        var messageEntries = messages.ofContact(contact.id).stream().map(m -> new AccessDocument.MessageEntry(m.seq,
                m.speaker.name(), key.decryptText(SealedFields.messageText(m.id), m.textEnc), m.occurredAt, m.storedAt)).toList();
        return new AccessDocument.ContactEntry(contact.id.toString(), contact.channel.name(), contact.externalId,
                contact.startedAt, contact.endedAt, key.decryptText(SealedFields.agentName(contact.id), contact.agentNameEnc),
                contact.purpose.name(), contact.storedAt,
                holds.holdsOn(contact).stream().map(LegalHolds.Hold::holdId).toList(), messageEntries, recording(contact));
    }

    /** The audio is read back chunk by chunk; the access document (base64) is the one place it is whole. */
    private AccessDocument.RecordingEntry recording(Contact contact) {
        return recordings.ofContact(contact.id).map(r -> {
            try (var audio = recordings.open(r)) {
                return new AccessDocument.RecordingEntry("recordings/" + r.fileName(), r.contentType(), r.bytes(),
                        r.sha256(), r.storedAt(), Base64.getEncoder().encodeToString(audio.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
    }

    private List<AccessDocument.TransferEntry> transfers(UUID subjectId) {
        List<?> rows = entityManager.createNativeQuery(
                        "select at, recipient, what, purpose, cast(contact_id as text) from transfer_log where subject_id = :id order by at")
                .setParameter("id", subjectId).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new AccessDocument.TransferEntry(
                instant(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4])).toList();
    }

    private List<AccessDocument.AccessLogEntry> accessLog(UUID subjectId) {
        List<?> rows = entityManager.createNativeQuery(
                        "select at, who, reason, cast(contact_id as text) from access_audit where subject_id = :id order by at")
                .setParameter("id", subjectId).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new AccessDocument.AccessLogEntry(
                instant(r[0]), (String) r[1], (String) r[2], (String) r[3])).toList();
    }

}
