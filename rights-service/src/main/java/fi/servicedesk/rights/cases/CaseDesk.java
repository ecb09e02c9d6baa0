package fi.servicedesk.rights.cases;

import fi.servicedesk.kit.problem.ProblemException;
import fi.servicedesk.rights.audit.AccessAudit;
import fi.servicedesk.rights.crypto.Sealer;
import fi.servicedesk.rights.domain.CasePersonalData;
import fi.servicedesk.rights.domain.CaseStatus;
import fi.servicedesk.rights.domain.CaseVerification;
import fi.servicedesk.rights.domain.Identifier;
import fi.servicedesk.rights.domain.RequestType;
import fi.servicedesk.rights.domain.RightsCase;
import fi.servicedesk.rights.domain.RightsCaseRepository;
import fi.servicedesk.rights.erasure.OwnErasure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The DPO's handling of a case before and around execution: intake, verification, deadlines, rejection. */
@ApplicationScoped
@Transactional
public class CaseDesk {

    private static final String SYSTEM = "rights-service";

    private final RightsCaseRepository cases;
    private final CaseViews views;
    private final Deadlines deadlines;
    private final Sealer sealer;
    private final OwnErasure ownErasure;
    private final CaseIdentities identities;
    private final AccessAudit audit;
    private final Clock clock;

    CaseDesk(RightsCaseRepository cases, CaseViews views, Deadlines deadlines, Sealer sealer, OwnErasure ownErasure,
             CaseIdentities identities, AccessAudit audit, Clock clock) {
        this.audit = audit;
        this.identities = identities;
        this.cases = cases;
        this.ownErasure = ownErasure;
        this.views = views;
        this.deadlines = deadlines;
        this.sealer = sealer;
        this.clock = clock;
    }

    public CaseView open(CreateCaseRequest request, String actor) {
        var now = Instant.now(clock);
        if (request.subject().present().isEmpty()) {
            throw ProblemException.badRequest("subject needs at least one of name, email, username, phone.");
        }
        checkRectification(request);
        var receivedAt = request.receivedAt() == null ? now : request.receivedAt();
        if (receivedAt.isAfter(now)) {
            throw ProblemException.badRequest("receivedAt is in the future.");
        }
        var c = new RightsCase();
        c.id = UUID.randomUUID();
        c.type = request.type();
        c.status = CaseStatus.RECEIVED;
        c.personalData = sealer.sealJson(new CasePersonalData(request.subject(), request.details(), request.rectification()));
        c.channel = request.channel();
        c.receivedAt = receivedAt;
        c.dueAt = deadlines.dueAt(receivedAt);
        c.storedAt = now;
        c.record(now, actor, "RECEIVED", "Identifiers given: " + keys(request.subject().present()));
        ownErasure.erasedBefore(request.subject()).ifPresent(erased -> c.record(now, SYSTEM, "MATCHES_ERASED_PERSON",
                "An identifier given matches a person erased on " + erased.erasedAt() + " by request " + erased.erasureCase()));
        cases.persist(c);
        identities.index(c.id, request.subject());
        return views.view(c);
    }

    /** One case with its identifiers; the read is audited (R9.2). */
    public CaseView get(UUID id, String reader, String reason) {
        var view = views.view(find(id));
        audit.record(reader, AccessAudit.Read.DETAIL, List.of(id), reason);
        return view;
    }

    /** The work queue with each case's identifiers; every case listed is an audited read (R9.2). */
    public List<CaseView> queue(CaseStatus status, boolean overdue, Instant dueBefore, String reader, String reason) {
        var queue = cases.queue(status, dueBefore, overdue ? Instant.now(clock) : null).stream().map(views::view).toList();
        audit.record(reader, AccessAudit.Read.LIST, queue.stream().map(CaseView::id).toList(), reason);
        return queue;
    }

    /**
     * The cases of the person known by {@code identifier} (an exact e-mail, user name or phone),
     * soonest deadline first, found by keyed hash; every case found is an audited read (R9.2).
     */
    public List<CaseView> search(String identifier, String reader, String reason) {
        var found = identities.casesOf(identifier);
        var matches = found.isEmpty() ? List.<RightsCase>of() : cases.list("id in ?1 order by dueAt, id", found);
        var views = matches.stream().map(this.views::view).toList();
        audit.record(reader, AccessAudit.Read.SEARCH, views.stream().map(CaseView::id).toList(), reason);
        return views;
    }

    /** R10.5: the case is VERIFIED only once every identifier it carries has been verified. */
    public CaseView verify(UUID id, VerificationRequest request, String actor) {
        var c = lock(id);
        requireStatus(c, EnumSet.of(CaseStatus.RECEIVED), "verified");
        var carried = views.personalData(c).subject().present();
        var now = Instant.now(clock);
        for (var key : request.verified().stream().distinct().toList()) {
            var identifier = Identifier.of(key)
                    .orElseThrow(() -> ProblemException.badRequest("Unknown identifier '" + key + "'; use name, email, username or phone."));
            if (!carried.contains(identifier)) {
                throw ProblemException.badRequest("The case carries no " + key + " to verify.");
            }
            if (verified(c).contains(identifier)) {
                continue;
            }
            var verification = new CaseVerification();
            verification.rightsCase = c;
            verification.identifier = identifier;
            verification.method = request.method().name();
            verification.verifiedBy = actor;
            verification.verifiedAt = now;
            c.verifications.add(verification);
            c.record(now, actor, "IDENTIFIER_VERIFIED", key + " by " + request.method()
                    + (request.note() == null ? "" : ": " + request.note()));
        }
        promoteWhenVerified(c, carried, actor, now);
        return views.view(c);
    }

    /** An identifier that cannot be verified leaves the case, on the record, rather than being used (R10.5). */
    public CaseView removeIdentifier(UUID id, String key, String actor) {
        var identifier = Identifier.of(key)
                .orElseThrow(() -> ProblemException.badRequest("Unknown identifier '" + key + "'; use name, email, username or phone."));
        var c = lock(id);
        requireStatus(c, EnumSet.of(CaseStatus.RECEIVED, CaseStatus.VERIFIED), "changed");
        var data = views.personalData(c);
        if (!data.subject().present().contains(identifier)) {
            throw ProblemException.notFound("The case carries no " + key + ".");
        }
        var remaining = data.subject().without(identifier);
        if (remaining.present().isEmpty()) {
            throw ProblemException.conflict("A case needs at least one identifier; reject the request instead.");
        }
        var now = Instant.now(clock);
        c.personalData = sealer.sealJson(data.withSubject(remaining));
        identities.index(c.id, remaining);
        c.verifications.removeIf(v -> v.identifier == identifier);
        c.record(now, actor, "IDENTIFIER_REMOVED", key + " could not be verified and is not used");
        promoteWhenVerified(c, remaining.present(), actor, now);
        return views.view(c);
    }

    /** R10.6: two more months, once, with a reason given to the requester. */
    public CaseView extend(UUID id, String reason, String actor) {
        var c = lock(id);
        if (c.status.isClosed()) {
            throw ProblemException.conflict("The case is " + c.status + "; its deadline no longer runs.");
        }
        if (c.extended) {
            throw ProblemException.conflict("The deadline has already been extended once (R10.6).");
        }
        c.extended = true;
        c.dueAt = deadlines.extended(c.dueAt);
        c.record(Instant.now(clock), actor, "EXTENDED", reason);
        return views.view(c);
    }

    public CaseView reject(UUID id, String reason, String actor) {
        var c = lock(id);
        requireStatus(c, EnumSet.of(CaseStatus.RECEIVED, CaseStatus.VERIFIED), "rejected");
        var now = Instant.now(clock);
        c.status = CaseStatus.REJECTED;
        c.closedAt = now;
        c.record(now, actor, "REJECTED", reason);
        return views.view(c);
    }

    private void promoteWhenVerified(RightsCase c, Set<Identifier> carried, String actor, Instant now) {
        if (c.status == CaseStatus.RECEIVED && verified(c).containsAll(carried)) {
            c.status = CaseStatus.VERIFIED;
            c.record(now, actor, "VERIFIED", "Every identifier verified: " + keys(carried));
        }
    }

    private static Set<Identifier> verified(RightsCase c) {
        return c.verifications.stream().map(v -> v.identifier).collect(Collectors.toCollection(() -> EnumSet.noneOf(Identifier.class)));
    }

    private static void checkRectification(CreateCaseRequest request) {
        var rectification = request.rectification();
        if (request.type() != RequestType.RECTIFICATION) {
            if (rectification != null) {
                throw ProblemException.badRequest("rectification is only for RECTIFICATION requests.");
            }
            return;
        }
        if (rectification == null) {
            throw ProblemException.badRequest("A RECTIFICATION request needs rectification {field, newValue}.");
        }
        if (rectification.field() == null || Identifier.of(rectification.field()).isEmpty()) {
            throw ProblemException.badRequest("rectification.field must be name, email, username or phone.");
        }
        if (rectification.newValue() == null || rectification.newValue().isBlank()) {
            throw ProblemException.badRequest("rectification.newValue must not be blank.");
        }
    }

    private static String keys(Set<Identifier> identifiers) {
        return identifiers.stream().map(Identifier::key).collect(Collectors.joining(", "));
    }

    static void requireStatus(RightsCase c, Set<CaseStatus> allowed, String what) {
        if (!allowed.contains(c.status)) {
            throw ProblemException.conflict("A " + c.status + " case cannot be " + what + ".");
        }
    }

    private RightsCase find(UUID id) {
        return cases.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No request " + id + "."));
    }

    private RightsCase lock(UUID id) {
        return cases.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("No request " + id + "."));
    }
}
