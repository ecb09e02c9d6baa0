package fi.servicedesk.rights.holds;

import fi.servicedesk.kit.outbox.Outbox;
import fi.servicedesk.kit.problem.ProblemException;
import fi.servicedesk.rights.audit.AccessAudit;
import fi.servicedesk.rights.crypto.MatchingHashes;
import fi.servicedesk.rights.crypto.Sealer;
import fi.servicedesk.rights.domain.Identifiers;
import fi.servicedesk.rights.domain.LegalHold;
import fi.servicedesk.rights.domain.LegalHoldRepository;
import fi.servicedesk.rights.events.CommandHold;
import fi.servicedesk.rights.events.LegalHoldLifted;
import fi.servicedesk.rights.events.LegalHoldPlaced;
import fi.servicedesk.rights.events.Topics;
import io.quarkus.panache.common.Sort;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** R3.1: holds for disputes, placed and lifted here and announced to the owners, who keep what they cover. */
@ApplicationScoped
@Transactional
public class LegalHolds {

    private final LegalHoldRepository holds;
    private final Sealer sealer;
    private final MatchingHashes hashes;
    private final Outbox outbox;
    private final AccessAudit audit;
    private final Clock clock;

    LegalHolds(LegalHoldRepository holds, Sealer sealer, MatchingHashes hashes, Outbox outbox, AccessAudit audit, Clock clock) {
        this.holds = holds;
        this.sealer = sealer;
        this.hashes = hashes;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public HoldView place(HoldRequest request, String actor) {
        var bySubject = request.subject() != null;
        if (bySubject == (request.contactId() != null)) {
            throw ProblemException.badRequest("Give exactly one of contactId and subject.");
        }
        if (bySubject && request.subject().present().isEmpty()) {
            throw ProblemException.badRequest("subject needs at least one of name, email, username, phone.");
        }
        var hold = new LegalHold();
        hold.id = UUID.randomUUID();
        hold.contactId = request.contactId();
        hold.subjectData = bySubject ? sealer.sealJson(request.subject()) : null;
        hold.reasonSealed = sealer.seal(request.reason().getBytes(StandardCharsets.UTF_8));
        hold.placedAt = Instant.now(clock);
        hold.placedBy = actor;
        holds.persist(hold);
        outbox.publish(Topics.REQUESTS, hold.id.toString(), LegalHoldPlaced.TYPE, new LegalHoldPlaced(hold.id,
                hold.contactId, bySubject ? hashes.of(request.subject()) : null, hold.placedAt, hold.placedBy));
        return view(hold);
    }

    public HoldView lift(UUID id, String actor) {
        var hold = holds.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No hold " + id + "."));
        if (hold.liftedAt != null) {
            throw ProblemException.conflict("The hold was lifted at " + hold.liftedAt + ".");
        }
        hold.liftedAt = Instant.now(clock);
        hold.liftedBy = actor;
        outbox.publish(Topics.REQUESTS, hold.id.toString(), LegalHoldLifted.TYPE,
                new LegalHoldLifted(hold.id, hold.liftedAt, hold.liftedBy));
        return view(hold);
    }

    /**
     * Every hold not lifted, as erasure and objection commands carry them (R3.1). All of them, not
     * only those whose hashes meet the command's: which subjects a contact or another identifier
     * belongs to only the owner knows, so each owner decides what a hold covers.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CommandHold> active() {
        return holds.list("liftedAt is null", Sort.ascending("placedAt")).stream()
                .map(hold -> new CommandHold(hold.id, hold.contactId, hold.subjectData == null ? null
                        : hashes.of(sealer.openJson(hold.subjectData, Identifiers.class))))
                .toList();
    }

    /** Every hold, newest first, as {@code reader} reads them through the API: an audited read (R9.2). */
    public List<HoldView> read(String reader, String reason) {
        var all = list();
        audit.recordHolds(reader, all.stream().map(HoldView::id).toList(), reason);
        return all;
    }

    /** Every hold, newest first, unaudited: for a page whose own read is audited (the portal's case, R9.2). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HoldView> list() {
        return holds.listAll(Sort.descending("placedAt")).stream().map(this::view).toList();
    }

    private HoldView view(LegalHold hold) {
        var subject = hold.subjectData == null ? null : sealer.openJson(hold.subjectData, Identifiers.class);
        return new HoldView(hold.id, hold.contactId, subject, reasonOf(hold), hold.placedAt, hold.placedBy,
                hold.liftedAt, hold.liftedBy);
    }

    private String reasonOf(LegalHold hold) {
        return hold.reasonSealed == null ? hold.reason : new String(sealer.open(hold.reasonSealed), StandardCharsets.UTF_8);
    }

    /** Seals the reasons of holds placed before reasons were sealed (V9), once, at start-up. */
    void sealOlderReasons(@Observes StartupEvent started) {
        var older = holds.list("reasonSealed is null");
        older.forEach(hold -> {
            hold.reasonSealed = sealer.seal(hold.reason.getBytes(StandardCharsets.UTF_8));
            hold.reason = null;
        });
        if (!older.isEmpty()) {
            Log.infof("Sealed the reasons of %d older legal holds", older.size());
        }
    }
}
