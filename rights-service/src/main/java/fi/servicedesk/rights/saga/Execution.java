package fi.servicedesk.rights.saga;

import fi.servicedesk.kit.outbox.Outbox;
import fi.servicedesk.kit.problem.ProblemException;
import fi.servicedesk.rights.cases.CaseView;
import fi.servicedesk.rights.cases.CaseViews;
import fi.servicedesk.rights.config.RightsConfig;
import fi.servicedesk.rights.crypto.CaseKeys;
import fi.servicedesk.rights.crypto.CommandSeal;
import fi.servicedesk.rights.crypto.MatchingHashes;
import fi.servicedesk.rights.domain.AccessChunkRepository;
import fi.servicedesk.rights.domain.CaseOwner;
import fi.servicedesk.rights.domain.CaseStatus;
import fi.servicedesk.rights.domain.OwnerStatus;
import fi.servicedesk.rights.domain.RightsCase;
import fi.servicedesk.rights.domain.RightsCaseRepository;
import fi.servicedesk.rights.events.RectificationRequested;
import fi.servicedesk.rights.events.Reply;
import fi.servicedesk.rights.events.RightsRequested;
import fi.servicedesk.rights.events.Topics;
import fi.servicedesk.rights.holds.LegalHolds;
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
    private final CaseKeys caseKeys;
    private final AccessChunkRepository chunks;
    private final Clock clock;

    Execution(RightsCaseRepository cases, CaseViews views, Outbox outbox, RightsConfig config, MatchingHashes hashes,
              CommandSeal seal, LegalHolds holds, CaseKeys caseKeys, AccessChunkRepository chunks, Clock clock) {
        this.cases = cases;
        this.caseKeys = caseKeys;
        this.chunks = chunks;
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
        send(c, now, new Reply(caseKeys.issue(c), 1, null));
        c.record(now, actor, "EXECUTION_STARTED", "Command sent to " + String.join(", ", config.expectedOwners()));
        return views.view(c);
    }

    /**
     * Asks one owner again, when it is OVERDUE or its answer was not accepted: the same command
     * with the next attempt number, for that owner only; its earlier chunks are dropped, and only
     * the new attempt's reply counts (DESIGN §5).
     */
    public CaseView askAgain(UUID id, String service, String actor) {
        var c = cases.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("No request " + id + "."));
        var owner = c.owner(service).orElseThrow(() -> ProblemException.notFound("Request " + id + " has no owner " + service + "."));
        if (c.status != CaseStatus.EXECUTING) {
            throw ProblemException.conflict("Only an EXECUTING case's owners can be asked again; this one is " + c.status + ".");
        }
        if (owner.status == OwnerStatus.PENDING || owner.completesCase()) {
            throw ProblemException.conflict(service + " is " + (owner.status == OwnerStatus.PENDING ? "still within its time"
                    : "answered and its answer accepted") + "; only an OVERDUE owner or a failed answer is asked again.");
        }
        var publicKey = c.replyPublicKey;
        if (publicKey == null) {
            throw ProblemException.conflict("The case's reply key is destroyed; a new request is needed.");
        }
        var now = Instant.now(clock);
        chunks.drop(c.id, service);
        owner.attempt++;
        owner.status = OwnerStatus.PENDING;
        owner.requestedAt = now;
        owner.answeredAt = null;
        owner.outcome = null;
        owner.summary = null;
        owner.failure = null;
        send(c, now, new Reply(publicKey, owner.attempt, service));
        c.record(now, actor, "OWNER_ASKED_AGAIN", service + ", attempt " + owner.attempt);
        return views.view(c);
    }

    /**
     * Every identifier still on the case is verified: unverifiable ones were removed (R10.5). The
     * subject travels as matching hashes, a rectification's new value sealed, and erasure and
     * objection name every active hold (R3.1), so no owner races a hold event.
     */
    private void send(RightsCase c, Instant now, Reply reply) {
        var data = views.personalData(c);
        var subject = hashes.of(data.subject());
        Object command = switch (c.type) {
            case RECTIFICATION -> new RectificationRequested(c.id, subject, now, new RectificationRequested.SealedRectification(
                    data.rectification().field(), seal.seal(c.id, data.rectification().newValue())), reply);
            case ERASURE, OBJECTION -> new RightsRequested(c.id, subject, now, holds.active(), reply);
            case ACCESS -> new RightsRequested(c.id, subject, now, null, reply);
        };
        outbox.publish(Topics.REQUESTS, c.id.toString(), RightsRequested.typeOf(c.type), command);
    }
}
