package fi.servicedesk.rights.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Owners' access chunks, stored as they arrive, still encrypted to the case; plain SQL, as a chunk
 * is never changed, only added and dropped. They are the owner's reply: nothing reassembles them.
 */
@ApplicationScoped
public class AccessChunkRepository {

    private final EntityManager entityManager;

    AccessChunkRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Stores a chunk once; a redelivered (case, owner, attempt, index) changes nothing. */
    public void add(UUID caseId, String service, int attempt, String part, int index, byte[] envelope) {
        entityManager.createNativeQuery("""
                        insert into access_chunk (case_id, service, attempt, part, idx, data)
                        values (:c, :s, :a, :p, :i, :d) on conflict do nothing""")
                .setParameter("c", caseId)
                .setParameter("s", service)
                .setParameter("a", attempt)
                .setParameter("p", part)
                .setParameter("i", index)
                .setParameter("d", envelope)
                .executeUpdate();
    }

    /** Each part of one attempt's reply as stored, in the order of its first chunk. */
    public List<StoredPart> parts(UUID caseId, String service, int attempt) {
        List<?> rows = entityManager.createNativeQuery("""
                        select part, min(idx), max(idx), count(*) from access_chunk
                        where case_id = :c and service = :s and attempt = :a group by part order by min(idx)""")
                .setParameter("c", caseId).setParameter("s", service).setParameter("a", attempt)
                .getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new StoredPart((String) r[0], ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue(), ((Number) r[3]).intValue())).toList();
    }

    /**
     * Up to {@code limit} chunks from index {@code from} on, in order. In the caller's transaction
     * when there is one, else in a short one of its own: a package download does not hold one open
     * while the client reads.
     */
    @Transactional
    public List<StoredChunk> page(UUID caseId, String service, int attempt, int from, int limit) {
        List<?> rows = entityManager.createNativeQuery("""
                        select idx, part, data from access_chunk
                        where case_id = :c and service = :s and attempt = :a and idx >= :from order by idx limit :limit""")
                .setParameter("c", caseId).setParameter("s", service).setParameter("a", attempt)
                .setParameter("from", from).setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new StoredChunk(((Number) r[0]).intValue(), (String) r[1], (byte[]) r[2])).toList();
    }

    /** Every attempt's chunks of one owner: a new attempt replaces them. */
    public void drop(UUID caseId, String service) {
        entityManager.createNativeQuery("delete from access_chunk where case_id = :c and service = :s")
                .setParameter("c", caseId)
                .setParameter("s", service)
                .executeUpdate();
    }

    public void dropAll(UUID caseId) {
        entityManager.createNativeQuery("delete from access_chunk where case_id = :c").setParameter("c", caseId).executeUpdate();
    }

    /** A part's chunks are {@code first..last}; {@code count} of them are stored. */
    public record StoredPart(String name, int first, int last, int count) {

        public boolean contiguous() {
            return last - first + 1 == count;
        }
    }

    public record StoredChunk(int index, String part, byte[] envelope) {
    }
}
