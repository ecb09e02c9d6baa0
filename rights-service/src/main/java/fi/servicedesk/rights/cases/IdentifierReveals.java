package fi.servicedesk.rights.cases;

import fi.servicedesk.kit.problem.ProblemException;
import fi.servicedesk.rights.domain.Identifiers;
import fi.servicedesk.rights.domain.RightsCaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Shows a case's identifiers in clear to the DPO, each time on the case's record (who, when). */
@ApplicationScoped
@Transactional
public class IdentifierReveals {

    private final RightsCaseRepository cases;
    private final CaseViews views;
    private final Clock clock;

    IdentifierReveals(RightsCaseRepository cases, CaseViews views, Clock clock) {
        this.cases = cases;
        this.views = views;
        this.clock = clock;
    }

    public Identifiers reveal(UUID id, String actor) {
        var c = cases.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("No request " + id + "."));
        c.record(Instant.now(clock), actor, "IDENTIFIERS_REVEALED", "Identifiers shown in clear in the portal");
        return views.personalData(c).subject();
    }
}
