package fi.servicedesk.ingest.rights;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.hibernate.jpa.HibernateHints;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** R10.1: the subject's whole record here, decrypted, as the access document. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccessExport {

    /** Rows per fetch of a streamed query. */
    private static final int FETCH = 500;

    private final ContactRepository contacts;
    private final LegalHolds holds;
    private final DataKeys keys;
    private final RecordingStore recordings;
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;

    AccessExport(ContactRepository contacts, LegalHolds holds, DataKeys keys,
                 RecordingStore recordings, EntityManager entityManager, ObjectMapper json, Clock clock) {
        this.json = json;
        this.recordings = recordings;
        this.contacts = contacts;
        this.holds = holds;
        this.keys = keys;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Writes the access document ({@link AccessDocument}'s shape) to {@code out} item by item, for
     * one person known here as several subjects (SubjectRegistry.matching): messages, transfers and
     * access-log rows are read from the database as a stream and written as they come, so no more
     * than one contact's facts and a fetch of rows is ever in memory, however many there are.
     * {@code out} is left open.
     */
    public void write(List<Subject> subjects, OutputStream out) throws IOException {
        try (var document = json.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            document.writeStartObject();
            document.writeStringField("service", "ingest-service");
            document.writePOJOField("generatedAt", Instant.now(clock));
            document.writeArrayFieldStart("subjects");
            for (var subject : subjects) {
                var who = SubjectRegistry.identifiersOf(subject, keys.of(subject.id));
                document.writePOJO(new AccessDocument.SubjectEntry(subject.id.toString(), who.name(), who.email(),
                        who.username(), who.phone(), subject.storedAt));
            }
            document.writeEndArray();
            document.writeArrayFieldStart("contacts");
            for (var subject : subjects) {
                writeContacts(subject, keys.of(subject.id), document);
            }
            document.writeEndArray();
            writeRows(document, "transfers", subjects, "select at, recipient, what, purpose, cast(contact_id as text)"
                    + " from transfer_log where subject_id = :id order by at, id", r -> new AccessDocument.TransferEntry(
                    instant(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4]));
            writeRows(document, "accessLog", subjects, "select at, who, reason, cast(contact_id as text)"
                    + " from access_audit where subject_id = :id order by at, id", r -> new AccessDocument.AccessLogEntry(
                    instant(r[0]), (String) r[1], (String) r[2], (String) r[3]));
            document.writeEndObject();
        }
    }

    /**
     * The subject's contacts in order, each with its messages: one query streams every message of
     * the subject (#6: not one query per contact), in the contacts' own order, as plain columns
     * rather than managed entities, decrypted with the subject's one key as they are written.
     */
    private void writeContacts(Subject subject, SubjectKey key, JsonGenerator document) throws IOException {
        try (var rows = rows("""
                select m.contact_id, m.id, m.seq, m.speaker, m.text_enc, m.occurred_at, m.stored_at
                from message m join contact c on c.id = m.contact_id
                where c.subject_id = :id order by c.started_at, c.stored_at, c.id, m.seq""", subject.id)) {
            var messages = rows.iterator();
            var next = messages.hasNext() ? messages.next() : null;
            for (var contact : contacts.ofSubject(subject.id)) {
                document.writeStartObject();
                document.writeStringField("id", contact.id.toString());
                document.writeStringField("channel", contact.channel.name());
                document.writeStringField("externalId", contact.externalId);
                document.writePOJOField("startedAt", contact.startedAt);
                document.writePOJOField("endedAt", contact.endedAt);
                document.writeStringField("agentName", key.decryptText(SealedFields.agentName(contact.id), contact.agentNameEnc));
                document.writeStringField("purpose", contact.purpose.name());
                document.writePOJOField("storedAt", contact.storedAt);
                document.writePOJOField("heldBy", holds.holdsOn(contact).stream().map(LegalHolds.Hold::holdId).toList());
                document.writeArrayFieldStart("messages");
                while (next != null && contact.id.equals(next[0])) {
                    var messageId = (UUID) next[1];
                    document.writePOJO(new AccessDocument.MessageEntry(((Number) next[2]).intValue(), (String) next[3],
                            key.decryptText(SealedFields.messageText(messageId), (byte[]) next[4]), instant(next[5]),
                            instant(next[6])));
                    next = messages.hasNext() ? messages.next() : null;
                }
                document.writeEndArray();
                document.writePOJOField("recording", recording(contact));
                document.writeEndObject();
            }
            if (next != null) {
                throw new IllegalStateException("Message " + next[1] + " is not in the order of its subject's contacts");
            }
        }
    }

    /** The list {@code field}: every subject's rows of {@code sql}, each written as {@code entry} makes it. */
    private void writeRows(JsonGenerator document, String field, List<Subject> subjects, String sql,
                           Function<Object[], Object> entry) throws IOException {
        document.writeArrayFieldStart(field);
        for (var subject : subjects) {
            try (var rows = rows(sql, subject.id)) {
                for (var row : (Iterable<Object[]>) rows::iterator) {
                    document.writePOJO(entry.apply(row));
                }
            }
        }
        document.writeEndArray();
    }

    /** A query's rows as a stream fetched a page at a time (a cursor in the transaction), never all at once. */
    @SuppressWarnings("unchecked")
    private Stream<Object[]> rows(String sql, UUID subjectId) {
        return entityManager.createNativeQuery(sql).setParameter("id", subjectId)
                .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH).getResultStream();
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
}
