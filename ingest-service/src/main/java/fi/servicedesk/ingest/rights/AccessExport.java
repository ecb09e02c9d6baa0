package fi.servicedesk.ingest.rights;

import fi.servicedesk.ingest.domain.SealedFields;
import fi.servicedesk.ingest.crypto.DataKeys;
import fi.servicedesk.ingest.domain.Contact;
import fi.servicedesk.ingest.domain.ContactRepository;
import fi.servicedesk.ingest.domain.Subject;
import fi.servicedesk.ingest.holds.LegalHolds;
import fi.servicedesk.ingest.recordings.RecordingStore;
import fi.servicedesk.ingest.recordings.StoredRecording;
import fi.servicedesk.ingest.crypto.SubjectKey;
import fi.servicedesk.ingest.subjects.SubjectRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import static fi.servicedesk.ingest.domain.Columns.instant;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** R10.1: the subject's whole record here, decrypted, as the access document. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccessExport {

    private final ContactRepository contacts;
    private final SubjectRegistry registry;
    private final LegalHolds holds;
    private final DataKeys keys;
    private final RecordingStore recordings;
    private final EntityManager entityManager;
    private final Clock clock;

    AccessExport(ContactRepository contacts, SubjectRegistry registry, LegalHolds holds,
                 DataKeys keys, RecordingStore recordings, EntityManager entityManager, Clock clock) {
        this.recordings = recordings;
        this.contacts = contacts;
        this.registry = registry;
        this.holds = holds;
        this.keys = keys;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Several subjects when the person is known here as several (SubjectRegistry.matching): one document for all. */
    public AccessDocument of(List<Subject> subjects) {
        var entries = new ArrayList<AccessDocument.SubjectEntry>();
        var contactEntries = new ArrayList<AccessDocument.ContactEntry>();
        var transferEntries = new ArrayList<AccessDocument.TransferEntry>();
        var accessLogEntries = new ArrayList<AccessDocument.AccessLogEntry>();
        for (var subject : subjects) {
            var key = keys.of(subject.id);
            var who = registry.identifiersOf(subject, key);
            entries.add(new AccessDocument.SubjectEntry(subject.id.toString(), who.name(), who.email(), who.username(),
                    who.phone(), subject.storedAt));
            var messagesByContact = messagesOf(subject.id, key);
            contacts.ofSubject(subject.id).stream()
                    .map(c -> contact(c, key, messagesByContact.getOrDefault(c.id, List.of())))
                    .forEach(contactEntries::add);
            transferEntries.addAll(transfers(subject.id));
            accessLogEntries.addAll(accessLog(subject.id));
        }
        return new AccessDocument("ingest-service", Instant.now(clock), entries, contactEntries, transferEntries,
                accessLogEntries);
    }

    private AccessDocument.ContactEntry contact(Contact contact, SubjectKey key, List<AccessDocument.MessageEntry> messageEntries) {
        return new AccessDocument.ContactEntry(contact.id.toString(), contact.channel.name(), contact.externalId,
                contact.startedAt, contact.endedAt, key.decryptText(SealedFields.agentName(contact.id), contact.agentNameEnc),
                contact.purpose.name(), contact.storedAt,
                holds.holdsOn(contact).stream().map(LegalHolds.Hold::holdId).toList(), messageEntries, recording(contact));
    }

    /**
     * Every message of the subject in one query, as plain columns rather than managed entities (#6:
     * one query per contact and 10,000 entities for the session to track and check at commit),
     * decrypted with the subject's one key; by contact, in order.
     */
    private Map<UUID, List<AccessDocument.MessageEntry>> messagesOf(UUID subjectId, SubjectKey key) {
        List<?> rows = entityManager.createNativeQuery("""
                        select m.contact_id, m.id, m.seq, m.speaker, m.text_enc, m.occurred_at, m.stored_at
                        from message m join contact c on c.id = m.contact_id
                        where c.subject_id = :id order by m.contact_id, m.seq""")
                .setParameter("id", subjectId).getResultList();
        var byContact = new HashMap<UUID, List<AccessDocument.MessageEntry>>();
        for (var row : rows) {
            var r = (Object[]) row;
            var messageId = (UUID) r[1];
            byContact.computeIfAbsent((UUID) r[0], contactId -> new ArrayList<>()).add(new AccessDocument.MessageEntry(
                    ((Number) r[2]).intValue(), (String) r[3], key.decryptText(SealedFields.messageText(messageId), (byte[]) r[4]),
                    instant(r[5]), instant(r[6])));
        }
        return byContact;
    }

    /** The recording's facts; its audio is sent as a part of its own ({@link #recordingsOf}). */
    private AccessDocument.RecordingEntry recording(Contact contact) {
        return recordings.ofContact(contact.id).map(r -> new AccessDocument.RecordingEntry(fileOf(r), r.contentType(),
                r.bytes(), r.sha256(), r.storedAt())).orElse(null);
    }

    /** The subjects' recordings, each to be read as a stream, one stored chunk at a time. */
    public List<Recording> recordingsOf(List<Subject> subjects) {
        return subjects.stream().flatMap(s -> contacts.ofSubject(s.id).stream())
                .flatMap(c -> recordings.ofContact(c.id).stream())
                .map(r -> new Recording(fileOf(r), r.contentType(), () -> recordings.open(r))).toList();
    }

    private static String fileOf(StoredRecording recording) {
        return "recordings/" + recording.fileName();
    }

    /** A recording in an access reply: the part's name (the document's {@code file}) and its audio. */
    public record Recording(String file, String contentType, Supplier<InputStream> audio) {
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
