package fi.servicedesk.ingest.recordings;

import fi.servicedesk.ingest.crypto.DataKeys;
import fi.servicedesk.ingest.crypto.SubjectKey;
import fi.servicedesk.ingest.domain.Purpose;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static fi.servicedesk.ingest.domain.Columns.instant;

/**
 * The recording rows (R5.4): purpose A, and a {@code stored_at} set once, so a recording can
 * expire on its own clock before its contact (R8.3). Chunks go with their row (ON DELETE CASCADE),
 * whether a sweep, an erasure or the contact's deletion removes it.
 */
@ApplicationScoped
@Transactional
public class RecordingStore {

    private final RecordingChunks chunks;
    private final DataKeys keys;
    private final EntityManager entityManager;

    RecordingStore(RecordingChunks chunks, DataKeys keys, EntityManager entityManager) {
        this.chunks = chunks;
        this.keys = keys;
        this.entityManager = entityManager;
    }

    public Optional<StoredRecording> ofContact(UUID contactId) {
        List<?> rows = entityManager.createNativeQuery("""
                        select r.id, r.contact_id, c.subject_id, r.content_type, r.bytes, r.sha256, r.stored_at
                        from recording r join contact c on c.id = r.contact_id where r.contact_id = :id""")
                .setParameter("id", contactId).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new StoredRecording((UUID) r[0], (UUID) r[1], (UUID) r[2],
                (String) r[3], ((Number) r[4]).longValue(), (String) r[5], instant(r[6]))).findFirst();
    }

    /** The decrypted audio, read chunk by chunk as the stream is read. */
    public InputStream open(StoredRecording recording) {
        return new ChunkedAudio(chunks, recording.id(), keys.of(recording.subjectId()));
    }

    /** The contact moved to another subject: its recording follows, under that subject's key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reencrypt(UUID contactId, SubjectKey from, SubjectKey to) {
        ofContact(contactId).ifPresent(recording -> chunks.reencrypt(recording.id(), from, to));
    }

    /** The row its chunks hang on; its size and digest are known only once the last chunk is in. */
    @Transactional(Transactional.TxType.MANDATORY)
    UUID create(UUID contactId, String contentType, Instant storedAt) {
        var id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                        insert into recording (id, contact_id, content_type, bytes, sha256, purpose, stored_at)
                        values (:id, :contact, :type, 0, '', :purpose, :at)""")
                .setParameter("id", id).setParameter("contact", contactId).setParameter("type", contentType)
                .setParameter("purpose", Purpose.A.name()).setParameter("at", storedAt)
                .executeUpdate();
        return id;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void complete(UUID recordingId, long bytes, String sha256) {
        entityManager.createNativeQuery("update recording set bytes = :bytes, sha256 = :sha where id = :id")
                .setParameter("bytes", bytes).setParameter("sha", sha256).setParameter("id", recordingId)
                .executeUpdate();
    }
}
