package fi.servicedesk.redaction.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** A numbered value of a conversation, to be stored. */
    public record Placed(String conversation, Numbered numbered) {
    }

    /** The stored numbers of each of {@code conversations}, in one query. */
    public Map<String, List<Numbered>> of(Collection<String> conversations) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select conversation, entity_type, value_hash, number from conversation_placeholder where conversation in (:c)")
                .setParameter("c", conversations)
                .getResultList();
        var byConversation = new HashMap<String, List<Numbered>>();
        for (var r : rows) {
            byConversation.computeIfAbsent((String) r[0], c -> new ArrayList<>())
                    .add(new Numbered((String) r[1], (String) r[2], ((Number) r[3]).intValue()));
        }
        return byConversation;
    }

    /** Stores {@code placed} in one statement. */
    public void addAll(List<Placed> placed) {
        if (placed.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("insert into conversation_placeholder (conversation, entity_type, value_hash, number)"
                        + " select * from unnest(cast(:c as text[]), cast(:t as text[]), cast(:h as text[]), cast(:n as int[]))")
                .setParameter("c", placed.stream().map(Placed::conversation).toArray(String[]::new))
                .setParameter("t", placed.stream().map(p -> p.numbered().entityType()).toArray(String[]::new))
                .setParameter("h", placed.stream().map(p -> p.numbered().valueHash()).toArray(String[]::new))
                .setParameter("n", placed.stream().map(p -> p.numbered().number()).toArray(Integer[]::new))
                .executeUpdate();
    }

    public int deleteConversations(List<String> conversations) {
        return entityManager.createNativeQuery("delete from conversation_placeholder where conversation in (:c)")
                .setParameter("c", conversations)
                .executeUpdate();
    }
}
