package fi.servicedesk.ingest.rights;

import fi.servicedesk.ingest.crypto.CommandSeal;
import fi.servicedesk.ingest.crypto.DataKeys;
import fi.servicedesk.ingest.domain.Subject;
import fi.servicedesk.ingest.events.AccessChunk;
import fi.servicedesk.ingest.events.RequestAnswered;
import fi.servicedesk.ingest.events.RightsRequested;
import fi.servicedesk.ingest.events.Topics;
import fi.servicedesk.ingest.subjects.SubjectRegistry;
import fi.servicedesk.kit.outbox.Outbox;
import fi.servicedesk.kit.replies.ReplyWriter;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Carries out rights-service's commands on ingest's data (R10.1-R10.3, R4.1) and answers each on
 * privacy.replies.v1 through the outbox, in the transaction of the effect; an access reply's parts
 * go before the answer, each in a transaction of its own ({@link #writeAccess}). Every subject the
 * command's matching hashes cover is acted on (SubjectRegistry.matching, R10.5); none → NOTHING_FOUND.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SubjectRequests {

    /** The reply's part that is the access document itself. */
    static final String DOCUMENT = "document";

    private final SubjectRegistry registry;
    private final SubjectErasure erasure;
    private final AccessExport export;
    private final DataKeys keys;
    private final CommandSeal seal;
    private final Outbox outbox;
    private final WrittenParts parts;
    private final Clock clock;

    SubjectRequests(SubjectRegistry registry, SubjectErasure erasure, AccessExport export, DataKeys keys, CommandSeal seal,
                    Outbox outbox, WrittenParts parts, Clock clock) {
        this.registry = registry;
        this.erasure = erasure;
        this.export = export;
        this.keys = keys;
        this.seal = seal;
        this.outbox = outbox;
        this.parts = parts;
        this.clock = clock;
    }

    /**
     * R10.1, before the answer: the access document written as a stream, then each recording read as
     * a stream, as chunks encrypted to the case (ReplyWriter), each part in a transaction of its own
     * that commits its chunks to the outbox together with its {@link WrittenParts} row, so the relay
     * sends a part while the next is written and no transaction holds the whole reply. Runs outside
     * any transaction and may run again for the same command (a redelivery after a crash, a retry):
     * parts already committed for the command's attempt are not written again. Null when there is
     * nothing to send (no reply key, no subject).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AccessReply writeAccess(RightsRequested request) {
        if (request.reply() == null || QuarkusTransaction.requiringNew().call(() -> subjectsOf(request).isEmpty())) {
            return null;
        }
        long started = System.nanoTime();
        var key = request.requestId().toString();
        var written = QuarkusTransaction.requiringNew().call(() -> parts.of(request.requestId(), request.attempt()));
        var reply = new ReplyWriter(request.reply().publicKey(), request.requestId(), RequestAnswered.SERVICE,
                request.attempt(), (part, index, data) -> outbox.publish(Topics.PRIVACY_REPLIES, key, AccessChunk.TYPE,
                new AccessChunk(request.requestId(), RequestAnswered.SERVICE, request.attempt(), part, index, data)));
        part(request, reply, written, DOCUMENT, () -> {
            try (var document = reply.part(DOCUMENT, "application/json")) {
                export.write(subjectsOf(request), document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        var recordings = QuarkusTransaction.requiringNew().call(() -> export.recordingsOf(subjectsOf(request)));
        for (var recording : recordings) {
            part(request, reply, written, recording.file(), () -> {
                try (var audio = recording.audio().get()) {
                    reply.part(recording.file(), recording.contentType(), audio);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        // Counts and times only (no personal data): where an access spends its time (docs/benchmarks.md).
        Log.infof("Request %s: access reply of %d parts (%d written before), %d bytes, in %d chunks written to the outbox"
                        + " in %d ms", key, reply.parts().size(), written.size(),
                reply.parts().stream().mapToLong(ReplyWriter.Part::bytes).sum(), reply.chunks(),
                (System.nanoTime() - started) / 1_000_000);
        return new AccessReply(reply.chunks(), reply.parts());
    }

    /** One part in a transaction of its own, unless an earlier delivery of the command committed it. */
    private void part(RightsRequested request, ReplyWriter reply, List<WrittenParts.Written> written, String name,
                      Runnable write) {
        var before = written.stream().filter(w -> w.part().name().equals(name)).findFirst();
        if (before.isPresent()) {
            if (before.get().firstIndex() != reply.chunks()) {
                throw new IllegalStateException("Request " + request.requestId() + ": part " + name + " was sent from chunk "
                        + before.get().firstIndex() + ", the reply is now at chunk " + reply.chunks());
            }
            reply.alreadySent(before.get().part());
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            int first = reply.chunks();
            write.run();
            parts.add(request.requestId(), request.attempt(), new WrittenParts.Written(first, reply.parts().getLast()));
        });
    }

    /**
     * R10.1, in the consumer's transaction with the inbox row: the answer naming each part's chunks,
     * size and SHA-256 as {@link #writeAccess} sent them, which tells rights the reply is complete.
     */
    public void access(RightsRequested request, AccessReply reply) {
        if (request.reply() == null) {
            answer(request, "ACCESS", "FAILED", List.of(), List.of(),
                    "The command carries no reply key; access data is never sent in clear.", null);
            return;
        }
        if (reply == null) {
            answer(request, "ACCESS", "NOTHING_FOUND", List.of(), List.of(), null, null);
            return;
        }
        parts.forget(request.requestId(), request.attempt());
        answer(request, "ACCESS", "COMPLETED", List.of(), List.of(), null, new RequestAnswered.AccessPackage(reply.chunks(),
                reply.parts().stream().map(p -> new RequestAnswered.Part(p.name(), p.chunks(), p.bytes(), p.sha256(),
                        p.contentType())).toList()));
    }

    /** What {@link #writeAccess} sent: chunks over all parts, and each part in order. */
    public record AccessReply(int chunks, List<ReplyWriter.Part> parts) {
    }

    public void rectify(RightsRequested request) {
        var subjects = subjectsOf(request);
        var newValue = seal.open(request.requestId(), request.rectification().sealedValue());
        subjects.forEach(s -> registry.rectify(s, keys.of(s.id), request.rectification().field(), newValue));
        answer(request, "RECTIFICATION", subjects.isEmpty() ? "NOTHING_FOUND" : "COMPLETED", List.of(), List.of(), null, null);
    }

    public void erase(RightsRequested request) {
        eraseAs(request, "ERASURE");
    }

    /** R4.1: purpose B stops at once (no more message-captured events), then the data goes as for erasure. */
    public void object(RightsRequested request) {
        subjectsOf(request).forEach(registry::markObjected);
        eraseAs(request, "OBJECTION");
    }

    private void eraseAs(RightsRequested request, String requestType) {
        var subjects = subjectsOf(request);
        if (subjects.isEmpty()) {
            answer(request, requestType, "NOTHING_FOUND", List.of(), List.of(), null, null);
            return;
        }
        var outcome = erasure.erase(subjects, request.holds() == null ? List.of() : request.holds());
        answer(request, requestType, "COMPLETED", outcome.removed(), outcome.kept(), null, null);
    }

    private List<Subject> subjectsOf(RightsRequested request) {
        return registry.matching(request.subject());
    }

    private void answer(RightsRequested request, String requestType, String outcome, List<RequestAnswered.Removed> removed,
                        List<RequestAnswered.Kept> kept, String note, RequestAnswered.AccessPackage accessPackage) {
        outbox.publish(Topics.PRIVACY_REPLIES, request.requestId().toString(), RequestAnswered.TYPE, new RequestAnswered(
                request.requestId(), requestType, RequestAnswered.SERVICE, request.attempt(), Instant.now(clock), outcome,
                removed, kept, note, accessPackage));
    }
}
