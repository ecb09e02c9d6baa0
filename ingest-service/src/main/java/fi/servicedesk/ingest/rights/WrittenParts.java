package fi.servicedesk.ingest.rights;

import fi.servicedesk.kit.replies.ReplyWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * The parts of one attempt's access reply already in the outbox ({@code access_reply_part}): each
 * recorded in the transaction that wrote its chunks, so a redelivered command writes only the rest,
 * and the answer states the parts as they were sent.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WrittenParts {

    private final EntityManager entityManager;

    WrittenParts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The parts written so far, in the order of their first chunk. */
    public List<Written> of(UUID requestId, int attempt) {
        List<?> rows = entityManager.createNativeQuery("""
                        select part, first_index, chunks, bytes, sha256, content_type from access_reply_part
                        where request_id = :r and attempt = :a order by first_index""")
                .setParameter("r", requestId).setParameter("a", attempt).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Written(((Number) r[1]).intValue(),
                new ReplyWriter.Part((String) r[0], ((Number) r[2]).intValue(), ((Number) r[3]).longValue(),
                        (String) r[4], (String) r[5]))).toList();
    }

    public void add(UUID requestId, int attempt, Written written) {
        var part = written.part();
        entityManager.createNativeQuery("""
                        insert into access_reply_part (request_id, attempt, part, first_index, chunks, bytes, sha256, content_type)
                        values (:r, :a, :p, :f, :c, :b, :s, :t)""")
                .setParameter("r", requestId).setParameter("a", attempt).setParameter("p", part.name())
                .setParameter("f", written.firstIndex()).setParameter("c", part.chunks()).setParameter("b", part.bytes())
                .setParameter("s", part.sha256()).setParameter("t", part.contentType())
                .executeUpdate();
    }

    /** The reply is answered: its parts need not be remembered. */
    public void forget(UUID requestId, int attempt) {
        entityManager.createNativeQuery("delete from access_reply_part where request_id = :r and attempt = :a")
                .setParameter("r", requestId).setParameter("a", attempt).executeUpdate();
    }

    /** A part as sent: its first chunk's index in the reply, its chunks, size and digest. */
    public record Written(int firstIndex, ReplyWriter.Part part) {
    }
}
