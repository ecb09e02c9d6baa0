package fi.servicedesk.rights.saga;

import fi.servicedesk.kit.outbox.Outbox;
import fi.servicedesk.kit.problem.ProblemException;
import fi.servicedesk.rights.cases.CaseView;
import fi.servicedesk.rights.cases.CaseViews;
import fi.servicedesk.rights.config.RightsConfig;
import fi.servicedesk.rights.crypto.CommandSeal;
import fi.servicedesk.rights.crypto.MatchingHashes;
import fi.servicedesk.rights.domain.CaseOwner;
import fi.servicedesk.rights.domain.CaseStatus;
import fi.servicedesk.rights.domain.OwnerStatus;
import fi.servicedesk.rights.domain.RightsCaseRepository;
import fi.servicedesk.rights.events.RectificationRequested;
import fi.servicedesk.rights.holds.LegalHolds;
import fi.servicedesk.rights.events.RightsRequested;
import fi.servicedesk.rights.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Starts the saga (DESIGN §5): one command to every owner, naming the subject by the matching
 * hashes of its verified identifiers only (R10.5), never by the identifiers; a rectification's new
 * value sealed; an erasure or objection with every active hold, so no owner erases before it has
 * read a hold event (R3.1).
 */
@ApplicationScoped
@Transactional
public class Execution {

    private final RightsCaseRepository cases;
    private final CaseViews views;
    private final Outbox outbox;
    private final RightsConfig config;
    private final MatchingHashes hashes;
    private final CommandSeal seal;
    private final LegalHolds holds;
    private final Clock clock;

    Execution(RightsCaseRepository cases, CaseViews views, Outbox outbox, RightsConfig config, MatchingHashes hashes,
              CommandSeal seal, LegalHolds holds, Clock clock) {
        this.cases = cases;
        this.views = views;
        this.outbox = outbox;
        this.config = config;
        this.hashes = hashes;
        this.seal = seal;
        this.holds = holds;
        this.clock = clock;
    }

    public CaseView execute(UUID id, String actor) {
        var c = cases.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("No request " + id + "."));
        if (c.status != CaseStatus.VERIFIED) {
            throw ProblemException.conflict("Only a VERIFIED case can be executed; this one is " + c.status + ".");
        }
        var now = Instant.now(clock);
        c.status = CaseStatus.EXECUTING;
        c.executedAt = now;
        for (var service : config.expectedOwners()) {
            var owner = new CaseOwner();
            owner.rightsCase = c;
            owner.service = service;
            owner.status = OwnerStatus.PENDING;
            owner.requestedAt = now;
            c.owners.add(owner);
        }
        // Every identifier still on the case is verified: unverifiable ones were removed (R10.5).
        var data = views.personalData(c);
        var subject = hashes.of(data.subject());
        Object command = switch (c.type) {
            case RECTIFICATION -> new RectificationRequested(c.id, subject, now, new RectificationRequested.SealedRectification(
                    data.rectification().field(), seal.seal(c.id, data.rectification().newValue())));
            case ERASURE, OBJECTION -> new RightsRequested(c.id, subject, now, holds.active());
            case ACCESS -> new RightsRequested(c.id, subject, now, null);
        };
        outbox.publish(Topics.REQUESTS, c.id.toString(), RightsRequested.typeOf(c.type), command);
        c.record(now, actor, "EXECUTION_STARTED", "Command sent to " + String.join(", ", config.expectedOwners()));
        return views.view(c);
    }
}
