package fi.servicedesk.rights.saga;

import fi.servicedesk.rights.crypto.CaseKeys;
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
import fi.servicedesk.rights.replies.ReplyParts;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestInputStream;
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
    private final CaseKeys caseKeys;
    private final ReplyParts parts;
    private final OwnErasure ownErasure;
    private final Clock clock;

    ReplyHandling(RightsCaseRepository cases, AccessChunkRepository chunks, CaseKeys caseKeys, ReplyParts parts,
                  OwnErasure ownErasure, Clock clock) {
        this.cases = cases;
        this.ownErasure = ownErasure;
        this.chunks = chunks;
        this.caseKeys = caseKeys;
        this.parts = parts;
        this.clock = clock;
    }

    /** Keeps the chunk as it came, still encrypted to the case, if it belongs to the attempt the owner is asked for. */
    public void chunk(String source, AccessChunk chunk) {
        if (!fromItsOwner(source, chunk.service())) {
            Log.warnf("Access chunk naming %s from %s ignored: not sent by that owner", chunk.service(), source);
            return;
        }
        var c = cases.findByIdOptional(chunk.requestId());
        if (c.isEmpty()) {
            Log.warnf("Access chunk for unknown request %s from %s ignored", chunk.requestId(), chunk.service());
            return;
        }
        if (c.get().erasedAt != null || c.get().replyKey == null) {
            Log.warnf("Access chunk for request %s from %s ignored: its person was erased or its package expired",
                    chunk.requestId(), chunk.service());
            return;
        }
        var owner = c.get().owner(chunk.service()).orElse(null);
        if (owner == null || owner.attempt != chunk.attempt() || owner.completesCase()) {
            // An earlier attempt's chunk, or a repeat after an accepted answer: not the reply the case waits for.
            return;
        }
        chunks.add(chunk.requestId(), chunk.service(), chunk.attempt(), chunk.part(), chunk.index(),
                Base64.getDecoder().decode(chunk.data()));
    }

    public void answer(String source, RequestAnswered answer) {
        if (!fromItsOwner(source, answer.service())) {
            Log.warnf("Answer naming %s from %s ignored: not sent by that owner", answer.service(), source);
            return;
        }
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
        if (owner.status == OwnerStatus.ANSWERED || owner.attempt != answer.attempt()) {
            // The owner's commands are idempotent; a repeated or an earlier attempt's answer must not change the record.
            return;
        }
        var now = Instant.now(clock);
        owner.status = OwnerStatus.ANSWERED;
        owner.answeredAt = answer.answeredAt();
        owner.outcome = answer.outcome();
        owner.summary = summary(answer);
        owner.failure = "FAILED".equals(answer.outcome())
                ? "The owner could not carry out the request" + (answer.note() == null ? "." : ": " + answer.note())
                : c.type == RequestType.ACCESS ? acceptAccessReply(c, owner, answer.accessPackage()) : null;
        c.record(now, answer.service(), "OWNER_ANSWERED", owner.summary);
        if (owner.failure != null) {
            chunks.drop(c.id, owner.service);
            c.record(now, SYSTEM, "OWNER_ANSWER_NOT_ACCEPTED", answer.service() + ": " + owner.failure);
        }
        completeWhenAllAnswered(c, now);
    }

    /**
     * Issue 16 item 7: an answer counts only from the owner it names, as its CloudEvent source says
     * (urn:fi.servicedesk:&lt;service&gt;, set by that owner's outbox). This stops a mistaken or
     * misconfigured service, not a hostile one: every owner may write privacy.replies.v1 and set any
     * source, and every owner can read the case's public key; only Kafka ACLs per producer would tell.
     */
    private static boolean fromItsOwner(String source, String service) {
        return ("urn:fi.servicedesk:" + service).equals(source);
    }

    /** Checks the owner's stored reply against its answer, streaming over the chunks; returns why it is not accepted, or null. */
    private String acceptAccessReply(RightsCase c, CaseOwner owner, RequestAnswered.AccessPackage expected) {
        if (expected == null) {
            return "NOTHING_FOUND".equals(owner.outcome) ? null : "The answer to an ACCESS request has no accessPackage.";
        }
        var key = caseKeys.of(c);
        if (key.isEmpty()) {
            return "The case's reply key is destroyed; the reply cannot be read.";
        }
        var stored = parts.of(key.get(), owner.service, owner.attempt);
        var shape = ReplyShape.check(expected, stored);
        if (shape != null) {
            return shape;
        }
        long started = System.nanoTime();
        long total = 0;
        for (int i = 0; i < stored.size(); i++) {
            var claimed = expected.parts().get(i);
            try (var content = new DigestInputStream(parts.open(key.get(), owner.service, owner.attempt, stored.get(i)), sha256())) {
                long bytes = content.transferTo(OutputStream.nullOutputStream());
                if (bytes != claimed.bytes()) {
                    return claimed.name() + " has " + bytes + " bytes, the owner sent " + claimed.bytes() + ".";
                }
                if (!HexFormat.of().formatHex(content.getMessageDigest().digest()).equals(claimed.sha256())) {
                    return claimed.name() + " does not match the owner's SHA-256.";
                }
                total += bytes;
            } catch (IOException e) {
                return "Access data does not verify: " + e.getMessage() + ".";
            }
        }
        // Counts and times only (no personal data): where an access spends its time (docs/benchmarks.md).
        Log.infof("Request %s: %s's reply checked, %d parts, %d bytes, in %d ms", c.id, owner.service, stored.size(), total,
                (System.nanoTime() - started) / 1_000_000);
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
