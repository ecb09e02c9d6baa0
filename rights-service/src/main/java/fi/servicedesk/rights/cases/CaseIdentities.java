package fi.servicedesk.rights.cases;

import fi.servicedesk.rights.domain.Identifiers;
import fi.servicedesk.rights.domain.RightsCaseRepository;
import fi.servicedesk.rights.erasure.IdentityHashes;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Each case's identifiers as keyed hashes (case_identity), so a person's cases are found by an exact
 * e-mail, user name or phone while the identifiers themselves stay sealed and are never listed.
 * Names are not hashed (IdentityHashes): a name alone does not tell a person apart.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseIdentities {

    private final IdentityHashes hashes;
    private final RightsCaseRepository cases;
    private final CaseViews views;
    private final EntityManager entityManager;

    CaseIdentities(IdentityHashes hashes, RightsCaseRepository cases, CaseViews views, EntityManager entityManager) {
        this.hashes = hashes;
        this.cases = cases;
        this.views = views;
        this.entityManager = entityManager;
    }

    /** Keeps the hashes of {@code subject} as the case's, replacing what it had. */
    void index(UUID caseId, Identifiers subject) {
        entityManager.createNativeQuery("delete from case_identity where case_id = :case")
                .setParameter("case", caseId).executeUpdate();
        for (var hash : hashes.of(subject)) {
            entityManager.createNativeQuery("insert into case_identity (case_id, hash) values (:case, :hash)")
                    .setParameter("case", caseId).setParameter("hash", hash).executeUpdate();
        }
    }

    /** The cases whose e-mail, user name or phone is {@code identifier}, after the same normalisation. */
    List<UUID> casesOf(String identifier) {
        var candidates = hashes.ofAny(identifier);
        if (candidates.isEmpty()) {
            return List.of();
        }
        return entityManager.createNativeQuery("select distinct case_id from case_identity where hash in (:hashes)",
                UUID.class).setParameter("hashes", candidates).getResultList().stream().map(UUID.class::cast).toList();
    }

    /**
     * Hashes the cases recorded before case_identity existed. A case with only a name has no hash and
     * is looked at again at each start; such cases are few and the look is cheap.
     */
    @Transactional
    void indexUnhashed(@Observes StartupEvent start) {
        List<?> unhashed = entityManager.createNativeQuery("""
                select c.id from rights_case c where c.erased_at is null
                and not exists (select 1 from case_identity i where i.case_id = c.id)""", UUID.class).getResultList();
        unhashed.forEach(id -> cases.findByIdOptional((UUID) id)
                .ifPresent(c -> index(c.id, views.personalData(c).subject())));
        if (!unhashed.isEmpty()) {
            Log.debugf("Identifier hashes checked for %d cases", unhashed.size());
        }
    }
}
