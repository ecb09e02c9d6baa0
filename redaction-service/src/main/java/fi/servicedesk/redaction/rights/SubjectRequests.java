package fi.servicedesk.redaction.rights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.kit.outbox.Outbox;
import fi.servicedesk.redaction.domain.ConversationPlaceholderRepository;
import fi.servicedesk.redaction.domain.CorpusEntryRepository;
import fi.servicedesk.redaction.domain.CorpusErasure;
import fi.servicedesk.redaction.domain.SubjectLinkRepository;
import fi.servicedesk.redaction.events.AccessChunk;
import fi.servicedesk.redaction.events.RequestAnswered;
import fi.servicedesk.redaction.events.RightsRequested;
import fi.servicedesk.redaction.events.Topics;
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
import java.util.Objects;
import java.util.stream.Stream;

/**
 * This service's part of data-subject requests (R10): the subject's corpus entries are found
 * through the matching hashes the command names the subject by (links made at intake by
 * MatchingHashes), never by identifiers, which the command does not carry. Every answer goes out through the outbox in the transaction of its effect.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SubjectRequests {

    static final int CHUNK_BYTES = 256 * 1024;
    private static final String CORPUS = "corpus";

    private final SubjectLinkRepository links;
    private final CorpusEntryRepository entries;
    private final ConversationPlaceholderRepository placeholders;
    private final CorpusErasure erasure;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    SubjectRequests(SubjectLinkRepository links, CorpusEntryRepository entries,
                    ConversationPlaceholderRepository placeholders, CorpusErasure erasure, Outbox outbox,
                    ObjectMapper json, Clock clock) {
        this.links = links;
        this.entries = entries;
        this.placeholders = placeholders;
        this.erasure = erasure;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** R10.1: the access document in chunks of at most 256 KiB, then the answer with their count and SHA-256. */
    public void access(RightsRequested request) {
        var conversations = conversationsOf(request);
        var found = conversations.isEmpty() ? List.<AccessDocument.Entry>of()
                : entries.list("conversation in ?1 order by conversation, sequence", conversations).stream()
                .map(AccessDocument.Entry::of).toList();
        var document = serialize(new AccessDocument(RequestAnswered.SERVICE, Instant.now(clock), found));
        int chunks = 0;
        for (int from = 0; from < document.length || chunks == 0; from += CHUNK_BYTES) {
            var chunk = Arrays.copyOfRange(document, from, Math.min(document.length, from + CHUNK_BYTES));
            outbox.publish(Topics.PRIVACY_REPLIES, key(request), AccessChunk.TYPE, new AccessChunk(request.requestId(),
                    RequestAnswered.SERVICE, chunks++, Base64.getEncoder().encodeToString(chunk)));
        }
        var accessPackage = new RequestAnswered.AccessPackage(chunks, document.length, sha256(document), "application/json");
        answer(request, "ACCESS", found.isEmpty() ? "NOTHING_FOUND" : "COMPLETED", List.of(), null, accessPackage);
    }

    /** R10.3, R4.1: erasure and objection both stop purpose B for the subject by deleting its corpus entries and links. */
    public void erase(RightsRequested request, String requestType) {
        var conversations = conversationsOf(request);
        long removedEntries = 0;
        long removedLinks = 0;
        if (!conversations.isEmpty()) {
            removedEntries = erasure.deleteEntriesOf(conversations);
            placeholders.deleteConversations(conversations);
            removedLinks = links.unlinkConversations(conversations);
        }
        var removed = List.of(new RequestAnswered.Removed(CORPUS, removedEntries),
                new RequestAnswered.Removed("subject-pseudonym-link", removedLinks));
        var note = "OBJECTION".equals(requestType)
                ? "Processing for bot development (purpose B) stopped: the subject's de-identified corpus entries are erased."
                : null;
        answer(request, requestType, removedEntries + removedLinks == 0 ? "NOTHING_FOUND" : "COMPLETED", removed, note, null);
    }

    /** R10.2: there is nothing to correct, as the corpus holds no identifier. */
    public void rectify(RightsRequested request) {
        answer(request, "RECTIFICATION", "COMPLETED", List.of(),
                "The bot-development corpus holds no identifiers, only redacted text; nothing to rectify.", null);
    }

    private List<String> conversationsOf(RightsRequested request) {
        var subject = request.subject();
        var hashes = subject == null ? List.<String>of()
                : Stream.of(subject.email(), subject.username(), subject.phone()).filter(Objects::nonNull).toList();
        return hashes.isEmpty() ? List.of() : links.conversationsOf(hashes);
    }

    private void answer(RightsRequested request, String type, String outcome, List<RequestAnswered.Removed> removed,
                        String note, RequestAnswered.AccessPackage accessPackage) {
        outbox.publish(Topics.PRIVACY_REPLIES, key(request), RequestAnswered.TYPE, new RequestAnswered(request.requestId(),
                type, RequestAnswered.SERVICE, Instant.now(clock), outcome, removed, List.of(), note, accessPackage));
    }

    private static String key(RightsRequested request) {
        return request.requestId().toString();
    }

    private byte[] serialize(AccessDocument document) {
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
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
