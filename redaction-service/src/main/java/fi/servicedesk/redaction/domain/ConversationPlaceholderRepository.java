package fi.servicedesk.redaction.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

/** The placeholder numbers of a conversation, by keyed hash of the value (never the value). */
@ApplicationScoped
public class ConversationPlaceholderRepository {

    private final EntityManager entityManager;

    ConversationPlaceholderRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One numbered value of a conversation. */
    public record Numbered(String entityType, String valueHash, int number) {
    }

    public List<Numbered> of(String conversation) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select entity_type, value_hash, number from conversation_placeholder where conversation = :c")
                .setParameter("c", conversation)
                .getResultList();
        return rows.stream().map(r -> new Numbered((String) r[0], (String) r[1], ((Number) r[2]).intValue())).toList();
    }

    public void add(String conversation, Numbered numbered) {
        entityManager.createNativeQuery("insert into conversation_placeholder (conversation, entity_type, value_hash, number)"
                        + " values (:c, :t, :h, :n)")
                .setParameter("c", conversation)
                .setParameter("t", numbered.entityType())
                .setParameter("h", numbered.valueHash())
                .setParameter("n", numbered.number())
                .executeUpdate();
    }

    public int deleteConversations(List<String> conversations) {
        return entityManager.createNativeQuery("delete from conversation_placeholder where conversation in (:c)")
                .setParameter("c", conversations)
                .executeUpdate();
    }
}
