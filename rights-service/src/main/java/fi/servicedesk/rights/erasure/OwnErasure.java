package fi.servicedesk.rights.erasure;

import fi.servicedesk.rights.crypto.CaseKeys;
import fi.servicedesk.rights.crypto.Sealer;
import fi.servicedesk.rights.domain.AccessChunkRepository;
import fi.servicedesk.rights.domain.CasePersonalData;
import fi.servicedesk.rights.domain.CaseStatus;
import fi.servicedesk.rights.domain.Identifiers;
import fi.servicedesk.rights.domain.RightsCase;
import fi.servicedesk.rights.domain.RightsCaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static fi.servicedesk.rights.domain.Columns.instant;

/**
 * rights-service as an owner of its own data (DESIGN §5, R10.3, R4.1): when an erasure or objection
 * completes, every closed case of the same person — the erasure's own included — keeps its history
 * as evidence but loses the person's identifiers, free text and access documents; the identifiers
 * are replaced by keyed hashes, so a later request can be matched to "erased on …". Open cases are
 * left alone: they are requests still being answered.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OwnErasure {

    private static final String SYSTEM = "rights-service";
    private static final Set<CaseStatus> CLOSED = Set.of(CaseStatus.COMPLETED, CaseStatus.REJECTED);

    private final RightsCaseRepository cases;
    private final AccessChunkRepository chunks;
    private final Sealer sealer;
    private final IdentityHashes hashes;
    private final EntityManager entityManager;

    OwnErasure(RightsCaseRepository cases, AccessChunkRepository chunks, Sealer sealer,
               IdentityHashes hashes, EntityManager entityManager) {
        this.cases = cases;
        this.chunks = chunks;
        this.sealer = sealer;
        this.hashes = hashes;
        this.entityManager = entityManager;
    }

    /** Erases the person of {@code erasure} (a completed ERASURE or OBJECTION case) from this service's cases. */
    public void erasePersonOf(RightsCase erasure, Instant now) {
        var erased = hashes.of(subjectOf(erasure));
        // Identifiers are sealed, so each closed case is opened and compared: requests are few, a scan is cheap.
        var candidates = erased.isEmpty() ? List.of(erasure) : cases.list("status in ?1 and erasedAt is null", CLOSED);
        for (var c : candidates) {
            if (c == erasure || !Collections.disjoint(erased, hashes.of(subjectOf(c)))) {
                erase(c, erasure, now);
            }
        }
        for (var hash : erased) {
            entityManager.createNativeQuery("""
                            insert into erased_identity (hash, erased_at, erasure_case) values (:hash, :at, :case)
                            on conflict do nothing""")
                    .setParameter("hash", hash).setParameter("at", now).setParameter("case", erasure.id)
                    .executeUpdate();
        }
    }

    /** When the person given by {@code identifiers} was erased here, and by which case; empty if never. */
    public Optional<Erased> erasedBefore(Identifiers identifiers) {
        var given = hashes.of(identifiers);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        List<?> rows = entityManager.createNativeQuery("""
                        select cast(erasure_case as text), erased_at from erased_identity
                        where hash in (:hashes) order by erased_at desc limit 1""", Object[].class)
                .setParameter("hashes", given).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new Erased(row[0].toString(), instant(row[1]))).findFirst();
    }

    private Identifiers subjectOf(RightsCase c) {
        return sealer.openJson(c.personalData, CasePersonalData.class).subject();
    }

    private void erase(RightsCase c, RightsCase erasure, Instant now) {
        c.personalData = sealer.sealJson(new CasePersonalData(new Identifiers(null, null, null, null), null, null));
        CaseKeys.destroy(c);
        chunks.dropAll(c.id);
        c.erasedAt = now;
        c.record(now, SYSTEM, "PERSONAL_DATA_ERASED", "Identifiers replaced by keyed hashes, details and access "
                + "documents destroyed, by " + erasure.type + " request " + erasure.id);
    }

    public record Erased(String erasureCase, Instant erasedAt) {
    }
}
