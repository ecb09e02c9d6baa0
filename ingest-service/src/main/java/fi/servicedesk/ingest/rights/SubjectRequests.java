package fi.servicedesk.ingest.rights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.ingest.crypto.CommandSeal;
import fi.servicedesk.ingest.crypto.DataKeys;
import fi.servicedesk.ingest.domain.Subject;
import fi.servicedesk.ingest.events.AccessChunk;
import fi.servicedesk.ingest.events.RequestAnswered;
import fi.servicedesk.ingest.events.RightsRequested;
import fi.servicedesk.ingest.events.Topics;
import fi.servicedesk.ingest.subjects.SubjectRegistry;
import fi.servicedesk.kit.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Carries out rights-service's commands on ingest's data (R10.1-R10.3, R4.1) and answers each on
 * privacy.replies.v1 through the outbox, in the transaction of the effect. Every subject the
 * command's matching hashes cover is acted on (SubjectRegistry.matching, R10.5); none → NOTHING_FOUND.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SubjectRequests {

    /** DESIGN §2: access documents travel in chunks of at most 256 KiB. */
    static final int CHUNK_BYTES = 256 * 1024;

    private final SubjectRegistry registry;
    private final SubjectErasure erasure;
    private final AccessExport export;
    private final DataKeys keys;
    private final CommandSeal seal;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    SubjectRequests(SubjectRegistry registry, SubjectErasure erasure, AccessExport export, DataKeys keys, CommandSeal seal,
                    Outbox outbox, ObjectMapper json, Clock clock) {
        this.registry = registry;
        this.erasure = erasure;
        this.export = export;
        this.keys = keys;
        this.seal = seal;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    public void access(RightsRequested request) {
        var subjects = subjectsOf(request);
        if (subjects.isEmpty()) {
            answer(request, "ACCESS", "NOTHING_FOUND", List.of(), List.of(), null);
            return;
        }
        var document = serialize(export.of(subjects));
        var key = request.requestId().toString();
        int chunks = 0;
        for (int from = 0; from < document.length; from += CHUNK_BYTES) {
            var piece = Arrays.copyOfRange(document, from, Math.min(document.length, from + CHUNK_BYTES));
            outbox.publish(Topics.PRIVACY_REPLIES, key, AccessChunk.TYPE, new AccessChunk(request.requestId(),
                    RequestAnswered.SERVICE, chunks++, Base64.getEncoder().encodeToString(piece)));
        }
        answer(request, "ACCESS", "COMPLETED", List.of(), List.of(),
                new RequestAnswered.AccessPackage(chunks, document.length, sha256(document), "application/json"));
    }

    public void rectify(RightsRequested request) {
        var subjects = subjectsOf(request);
        var newValue = seal.open(request.requestId(), request.rectification().sealedValue());
        subjects.forEach(s -> registry.rectify(s, keys.of(s.id), request.rectification().field(), newValue));
        answer(request, "RECTIFICATION", subjects.isEmpty() ? "NOTHING_FOUND" : "COMPLETED", List.of(), List.of(), null);
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
            answer(request, requestType, "NOTHING_FOUND", List.of(), List.of(), null);
            return;
        }
        var outcome = erasure.erase(subjects, request.holds() == null ? List.of() : request.holds());
        answer(request, requestType, "COMPLETED", outcome.removed(), outcome.kept(), null);
    }

    private List<Subject> subjectsOf(RightsRequested request) {
        return registry.matching(request.subject());
    }

    private void answer(RightsRequested request, String requestType, String outcome, List<RequestAnswered.Removed> removed,
                        List<RequestAnswered.Kept> kept, RequestAnswered.AccessPackage accessPackage) {
        outbox.publish(Topics.PRIVACY_REPLIES, request.requestId().toString(), RequestAnswered.TYPE, new RequestAnswered(
                request.requestId(), requestType, RequestAnswered.SERVICE, Instant.now(clock), outcome, removed, kept,
                null, accessPackage));
    }

    private byte[] serialize(AccessDocument document) {
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Access document cannot be written", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
