package fi.servicedesk.redaction.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Bulk deletions of corpus data, by conversation or by age, in bounded batches. */
@ApplicationScoped
public class CorpusErasure {

    static final int BATCH = 1000;

    private final EntityManager entityManager;

    CorpusErasure(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public int deleteEntriesOf(List<String> conversations) {
        return entityManager.createNativeQuery("delete from corpus_entry where conversation in (:c)")
                .setParameter("c", conversations)
                .executeUpdate();
    }

    /** Deletes every entry stored before {@code cutoff}, a batch at a time; returns how many. */
    public long deleteStoredBefore(Instant cutoff) {
        long total = 0;
        int deleted;
        do {
            deleted = entityManager.createNativeQuery("delete from corpus_entry where id in"
                            + " (select id from corpus_entry where stored_at < :c order by id limit :n)")
                    .setParameter("c", cutoff)
                    .setParameter("n", BATCH)
                    .executeUpdate();
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }

    /** Placeholder numbers and subject links of conversations that have no entry left. */
    public void deleteOrphans() {
        entityManager.createNativeQuery("delete from conversation_placeholder p where not exists"
                + " (select 1 from corpus_entry e where e.conversation = p.conversation)").executeUpdate();
        entityManager.createNativeQuery("delete from subject_link l where not exists"
                + " (select 1 from corpus_entry e where e.conversation = l.conversation)").executeUpdate();
    }

    /** Entries stored before {@code cutoff} that are still there: expired, and nothing holds corpus entries. */
    public long countStoredBefore(Instant cutoff) {
        return entityManager.createQuery("select count(e) from CorpusEntry e where e.storedAt < :c", Long.class)
                .setParameter("c", cutoff).getSingleResult();
    }

    public Optional<Instant> oldestStoredAt() {
        return entityManager.createQuery("select min(e.storedAt) from CorpusEntry e", Instant.class)
                .getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** True the first time a sweep id is seen. */
    public boolean firstTimeOf(java.util.UUID sweepId) {
        return entityManager.createNativeQuery(
                        "insert into handled_sweep (sweep_id, handled_at) values (:s, now()) on conflict do nothing")
                .setParameter("s", sweepId)
                .executeUpdate() == 1;
    }
}
