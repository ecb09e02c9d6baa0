package fi.servicedesk.rights.saga;

import fi.servicedesk.rights.crypto.Sealer;
import fi.servicedesk.rights.domain.AccessChunkRepository;
import fi.servicedesk.rights.domain.CaseOwner;
import fi.servicedesk.rights.domain.CaseStatus;
import fi.servicedesk.rights.domain.OwnerStatus;
import fi.servicedesk.rights.domain.RequestType;
import fi.servicedesk.rights.domain.RightsCase;
import fi.servicedesk.rights.domain.RightsCaseRepository;
import fi.servicedesk.rights.erasure.OwnErasure;
import fi.servicedesk.rights.events.AccessChunk;
import fi.servicedesk.rights.events.RequestAnswered;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.stream.Collectors;

/** The owners' replies: access chunks kept as they come, answers close the owner's part and, at last, the case. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReplyHandling {

    private static final String SYSTEM = "rights-service";

    private final RightsCaseRepository cases;
    private final AccessChunkRepository chunks;
    private final Sealer sealer;
    private final OwnErasure ownErasure;
    private final Clock clock;

    ReplyHandling(RightsCaseRepository cases, AccessChunkRepository chunks, Sealer sealer, OwnErasure ownErasure,
                  Clock clock) {
        this.cases = cases;
        this.ownErasure = ownErasure;
        this.chunks = chunks;
        this.sealer = sealer;
        this.clock = clock;
    }

    public void chunk(AccessChunk chunk) {
        var c = cases.findByIdOptional(chunk.requestId());
        if (c.isEmpty()) {
            Log.warnf("Access chunk for unknown request %s from %s ignored", chunk.requestId(), chunk.service());
            return;
        }
        if (c.get().erasedAt != null) {
            Log.warnf("Access chunk for request %s from %s ignored: its person was erased", chunk.requestId(), chunk.service());
            return;
        }
        chunks.add(chunk.requestId(), chunk.service(), chunk.index(), sealer.seal(Base64.getDecoder().decode(chunk.data())));
    }

    public void answer(RequestAnswered answer) {
        var found = cases.findForUpdate(answer.requestId());
        if (found.isEmpty()) {
            Log.warnf("Answer for unknown request %s from %s ignored", answer.requestId(), answer.service());
            return;
        }
        var c = found.get();
        var owner = c.owner(answer.service()).orElse(null);
        if (owner == null) {
            Log.warnf("Answer from %s, which request %s does not wait for, ignored", answer.service(), c.id);
            return;
        }
        if (owner.status == OwnerStatus.ANSWERED) {
            // The owner's commands are idempotent; a repeated answer must not change the record.
            return;
        }
        var now = Instant.now(clock);
        owner.status = OwnerStatus.ANSWERED;
        owner.answeredAt = answer.answeredAt();
        owner.outcome = answer.outcome();
        owner.summary = summary(answer);
        owner.failure = "FAILED".equals(answer.outcome())
                ? "The owner could not carry out the request" + (answer.note() == null ? "." : ": " + answer.note())
                : c.type == RequestType.ACCESS ? keepAccessDocument(c, owner, answer.accessPackage()) : null;
        c.record(now, answer.service(), "OWNER_ANSWERED", owner.summary);
        if (owner.failure != null) {
            c.record(now, SYSTEM, "OWNER_ANSWER_NOT_ACCEPTED", answer.service() + ": " + owner.failure);
        }
        completeWhenAllAnswered(c, now);
    }

    /** Reassembles and checks the owner's document; returns why it is not accepted, or null once kept. */
    private String keepAccessDocument(RightsCase c, CaseOwner owner, RequestAnswered.AccessPackage expected) {
        if (expected == null) {
            return "NOTHING_FOUND".equals(owner.outcome) ? null : "The answer to an ACCESS request has no accessPackage.";
        }
        var stored = chunks.inOrder(c.id, owner.service);
        var document = new ByteArrayOutputStream();
        int index = 0;
        for (var row : stored) {
            if (((Number) row[0]).intValue() != index++) {
                break;
            }
            document.writeBytes(sealer.open((byte[]) row[1]));
        }
        chunks.drop(c.id, owner.service);
        var bytes = document.toByteArray();
        if (stored.size() != expected.chunks() || index != expected.chunks()) {
            return "Access data incomplete: " + stored.size() + " of " + expected.chunks() + " chunks arrived in sequence.";
        }
        if (bytes.length != expected.bytes()) {
            return "Access data has " + bytes.length + " bytes, the owner sent " + expected.bytes() + ".";
        }
        if (!sha256(bytes).equals(expected.sha256())) {
            return "Access data does not match the owner's SHA-256.";
        }
        owner.document = sealer.seal(bytes);
        return null;
    }

    /** Once every owner has answered an erasure or objection, this service erases its own copy too (R10.3, R4.1). */
    private void completeWhenAllAnswered(RightsCase c, Instant now) {
        if (c.status == CaseStatus.EXECUTING && c.owners.stream().allMatch(CaseOwner::completesCase)) {
            c.status = CaseStatus.COMPLETED;
            c.closedAt = now;
            c.record(now, SYSTEM, "COMPLETED", "Every owner answered: "
                    + c.owners.stream().map(o -> o.service).collect(Collectors.joining(", ")));
            if (c.type == RequestType.ERASURE || c.type == RequestType.OBJECTION) {
                ownErasure.erasePersonOf(c, now);
            }
        }
    }

    /** What the owner did, as the DPO reads it: the outcome, what was removed, what was kept and why. */
    static String summary(RequestAnswered answer) {
        var summary = new StringBuilder(answer.outcome());
        if (!answer.removed().isEmpty()) {
            summary.append("; removed ").append(answer.removed().stream()
                    .map(r -> r.category() + " " + r.count()).collect(Collectors.joining(", ")));
        }
        if (!answer.kept().isEmpty()) {
            summary.append("; kept ").append(answer.kept().stream()
                    .map(k -> k.category() + " " + k.count() + " (" + k.reason() + ")").collect(Collectors.joining(", ")));
        }
        if (answer.note() != null && !answer.note().isBlank()) {
            summary.append("; ").append(answer.note());
        }
        return summary.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
