package fi.servicedesk.rights.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;

/** Owners' access chunks (sealed), stored as they arrive; plain SQL, as a chunk is never changed, only added and dropped. */
@ApplicationScoped
public class AccessChunkRepository {

    private final EntityManager entityManager;

    AccessChunkRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Stores a chunk once; a redelivered (case, owner, index) changes nothing. */
    public void add(UUID caseId, String service, int index, byte[] sealed) {
        entityManager.createNativeQuery("insert into access_chunk (case_id, service, idx, data) values (:c, :s, :i, :d)"
                        + " on conflict do nothing")
                .setParameter("c", caseId)
                .setParameter("s", service)
                .setParameter("i", index)
                .setParameter("d", sealed)
                .executeUpdate();
    }

    /** The sealed chunks in order of their index. */
    @SuppressWarnings("unchecked")
    public List<Object[]> inOrder(UUID caseId, String service) {
        return entityManager.createNativeQuery("select idx, data from access_chunk where case_id = :c and service = :s order by idx")
                .setParameter("c", caseId)
                .setParameter("s", service)
                .getResultList();
    }

    public void drop(UUID caseId, String service) {
        entityManager.createNativeQuery("delete from access_chunk where case_id = :c and service = :s")
                .setParameter("c", caseId)
                .setParameter("s", service)
                .executeUpdate();
    }

    public void dropAll(UUID caseId) {
        entityManager.createNativeQuery("delete from access_chunk where case_id = :c").setParameter("c", caseId).executeUpdate();
    }
}
