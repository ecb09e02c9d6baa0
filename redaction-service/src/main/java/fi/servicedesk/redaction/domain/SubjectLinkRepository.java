package fi.servicedesk.redaction.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.List;

/** Links from the matching hashes of a subject's identifiers (MatchingHashes) to the conversations it took part in. */
@ApplicationScoped
public class SubjectLinkRepository {

    private final EntityManager entityManager;

    SubjectLinkRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A matching hash of a subject's identifier pointing at a conversation. */
    public record Link(String pseudonym, String conversation) {
    }

    /** Stores {@code links} in one statement; those already there are left as they are. */
    public void linkAll(Collection<Link> links) {
        if (links.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("insert into subject_link (pseudonym, conversation)"
                        + " select * from unnest(cast(:p as text[]), cast(:c as text[])) on conflict do nothing")
                .setParameter("p", links.stream().map(Link::pseudonym).toArray(String[]::new))
                .setParameter("c", links.stream().map(Link::conversation).toArray(String[]::new))
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
