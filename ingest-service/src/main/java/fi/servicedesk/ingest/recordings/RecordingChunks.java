package fi.servicedesk.ingest.recordings;

import fi.servicedesk.ingest.domain.SealedFields;
import fi.servicedesk.ingest.crypto.SubjectKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A recording's audio as numbered chunks, each AES-256-GCM under the subject's key (R9.1) and
 * bound to its recording and position. A chunk is read in the caller's transaction when there is
 * one (so the upload's own observers see what it has not committed yet) and in a short one of its
 * own otherwise (a download does not hold a transaction open while the client reads).
 */
@ApplicationScoped
@Transactional
public class RecordingChunks {

    /** Large enough for few rows, small enough that an upload or download holds little in memory. */
    public static final int CHUNK_BYTES = 1 << 20;

    private final EntityManager entityManager;

    RecordingChunks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void write(UUID recordingId, int seq, SubjectKey key, byte[] audio, int length) {
        var plain = length == audio.length ? audio : Arrays.copyOf(audio, length);
        entityManager.createNativeQuery("insert into recording_chunk (recording_id, seq, data_enc) values (:id, :seq, :data)")
                .setParameter("id", recordingId).setParameter("seq", seq)
                .setParameter("data", key.encrypt(SealedFields.recordingChunk(recordingId, seq), plain))
                .executeUpdate();
    }

    /** The chunk's audio, or null past the last one. */
    public byte[] read(UUID recordingId, int seq, SubjectKey key) {
        List<?> rows = entityManager.createNativeQuery("select data_enc from recording_chunk where recording_id = :id and seq = :seq")
                .setParameter("id", recordingId).setParameter("seq", seq).getResultList();
        return rows.isEmpty() ? null : key.decrypt(SealedFields.recordingChunk(recordingId, seq), (byte[]) rows.getFirst());
    }

    /** When a contact moves to another subject, its audio moves to that subject's key, chunk by chunk. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reencrypt(UUID recordingId, SubjectKey from, SubjectKey to) {
        byte[] audio;
        for (int seq = 0; (audio = read(recordingId, seq, from)) != null; seq++) {
            entityManager.createNativeQuery("update recording_chunk set data_enc = :data where recording_id = :id and seq = :seq")
                    .setParameter("data", to.encrypt(SealedFields.recordingChunk(recordingId, seq), audio))
                    .setParameter("id", recordingId).setParameter("seq", seq)
                    .executeUpdate();
        }
    }
}
