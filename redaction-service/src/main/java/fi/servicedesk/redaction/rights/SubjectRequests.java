package fi.servicedesk.redaction.rights;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.kit.outbox.Outbox;
import fi.servicedesk.kit.replies.ReplyWriter;
import fi.servicedesk.redaction.domain.ConversationPlaceholderRepository;
import fi.servicedesk.redaction.domain.CorpusEntry;
import fi.servicedesk.redaction.domain.CorpusEntryRepository;
import fi.servicedesk.redaction.domain.CorpusErasure;
import fi.servicedesk.redaction.domain.SubjectLinkRepository;
import fi.servicedesk.redaction.events.AccessChunk;
import fi.servicedesk.redaction.events.RequestAnswered;
import fi.servicedesk.redaction.events.RightsRequested;
import fi.servicedesk.redaction.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
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

    /** The reply's part that is the access document itself. */
    static final String DOCUMENT = "document";
    private static final String CORPUS = "corpus";
    /** Corpus entries per fetch while the access document is written. */
    private static final int FETCH = 500;

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

    /** R10.1: the access document, written as a stream, as chunks encrypted to the case (ReplyWriter), then the answer with their count and SHA-256. */
    public void access(RightsRequested request) {
        if (request.reply() == null) {
            answer(request, "ACCESS", "FAILED", List.of(),
                    "The command carries no reply key; access data is never sent in clear.", null);
            return;
        }
        var conversations = conversationsOf(request);
        var reply = new ReplyWriter(request.reply().publicKey(), request.requestId(), RequestAnswered.SERVICE,
                request.attempt(), (part, index, data) -> outbox.publish(Topics.PRIVACY_REPLIES, key(request),
                AccessChunk.TYPE, new AccessChunk(request.requestId(), RequestAnswered.SERVICE, request.attempt(), part,
                index, data)));
        long found;
        try (var document = reply.part(DOCUMENT, "application/json")) {
            found = writeDocument(conversations, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var accessPackage = new RequestAnswered.AccessPackage(reply.chunks(), reply.parts().stream()
                .map(p -> new RequestAnswered.Part(p.name(), p.chunks(), p.bytes(), p.sha256(), p.contentType())).toList());
        answer(request, "ACCESS", found == 0 ? "NOTHING_FOUND" : "COMPLETED", List.of(), null, accessPackage);
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
                type, RequestAnswered.SERVICE, request.attempt(), Instant.now(clock), outcome, removed, List.of(), note, accessPackage));
    }

    private static String key(RightsRequested request) {
        return request.requestId().toString();
    }

    /**
     * Writes the access document ({@link AccessDocument}'s shape) entry by entry as the corpus is
     * read, a fetch at a time, each entry let go of once written: however large the subject's corpus,
     * only a fetch of it is in memory. Returns the number of entries.
     */
    private long writeDocument(List<String> conversations, OutputStream out) throws IOException {
        long count = 0;
        try (var document = json.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            document.writeStartObject();
            document.writeStringField("service", RequestAnswered.SERVICE);
            document.writePOJOField("generatedAt", Instant.now(clock));
            document.writeArrayFieldStart("corpusEntries");
            if (!conversations.isEmpty()) {
                try (var found = entries.find("conversation in ?1 order by conversation, sequence", conversations)
                        .withHint(HibernateHints.HINT_FETCH_SIZE, FETCH).stream()) {
                    for (var entry : (Iterable<CorpusEntry>) found::iterator) {
                        document.writePOJO(AccessDocument.Entry.of(entry));
                        entries.getEntityManager().detach(entry);
                        count++;
                    }
                }
            }
            document.writeEndArray();
            document.writeEndObject();
        }
        return count;
    }
}
