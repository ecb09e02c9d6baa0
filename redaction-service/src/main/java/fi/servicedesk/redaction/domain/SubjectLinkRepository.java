package fi.servicedesk.redaction.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.List;

/** Links from a subject's identifier pseudonyms to the conversations it took part in. */
@ApplicationScoped
public class SubjectLinkRepository {

    private final EntityManager entityManager;

    SubjectLinkRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void link(String pseudonym, String conversation) {
        entityManager.createNativeQuery(
                        "insert into subject_link (pseudonym, conversation) values (:p, :c) on conflict do nothing")
                .setParameter("p", pseudonym)
                .setParameter("c", conversation)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<String> conversationsOf(Collection<String> pseudonyms) {
        return entityManager.createNativeQuery(
                        "select distinct conversation from subject_link where pseudonym in (:p) order by conversation")
                .setParameter("p", pseudonyms)
                .getResultList();
    }

    /** Removes every link of the conversations (all pseudonyms that point at them); returns how many. */
    public int unlinkConversations(List<String> conversations) {
        return entityManager.createNativeQuery("delete from subject_link where conversation in (:c)")
                .setParameter("c", conversations)
                .executeUpdate();
    }
}
