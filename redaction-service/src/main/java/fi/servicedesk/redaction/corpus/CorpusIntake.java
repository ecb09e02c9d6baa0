package fi.servicedesk.redaction.corpus;

import fi.servicedesk.redaction.detection.EntityType;
import fi.servicedesk.redaction.detection.KnownIdentifiers;
import fi.servicedesk.redaction.detection.Redactor;
import fi.servicedesk.redaction.domain.ConversationPlaceholderRepository;
import fi.servicedesk.redaction.domain.ConversationPlaceholderRepository.Placed;
import fi.servicedesk.redaction.domain.CorpusEntryRepository;
import fi.servicedesk.redaction.domain.CorpusEntryRepository.NewEntry;
import fi.servicedesk.redaction.domain.SubjectLinkRepository;
import fi.servicedesk.redaction.domain.SubjectLinkRepository.Link;
import fi.servicedesk.redaction.events.MessageCaptured;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Redacts a captured message and stores it in the corpus (R3.3: nothing serves B unredacted,
 * R8.2). The corpus keeps no identifier: the conversation is a keyed pseudonym, placeholders are
 * numbered per conversation, and the subject is linked only by keyed pseudonyms (R10.3).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CorpusIntake {

    private final Redactor redactor;
    private final CorpusEntryRepository entries;
    private final ConversationPlaceholderRepository placeholders;
    private final SubjectLinkRepository links;
    private final Pseudonyms pseudonyms;
    private final MatchingHashes matchingHashes;
    private final Clock clock;

    CorpusIntake(Redactor redactor, CorpusEntryRepository entries, ConversationPlaceholderRepository placeholders,
                 SubjectLinkRepository links, Pseudonyms pseudonyms, MatchingHashes matchingHashes, Clock clock) {
        this.redactor = redactor;
        this.entries = entries;
        this.placeholders = placeholders;
        this.links = links;
        this.pseudonyms = pseudonyms;
        this.matchingHashes = matchingHashes;
        this.clock = clock;
    }

    /**
     * Redacts and stores a batch of captured messages in a few statements: the placeholder numbers
     * of all their conversations are read in one query, and the entries, new numbers and subject
     * links are each written in one.
     */
    public void addAll(List<MessageCaptured> messages) {
        var conversations = new HashMap<UUID, String>();
        for (var message : messages) {
            conversations.computeIfAbsent(message.contactId(), id -> pseudonyms.of("conversation", id.toString()));
        }
        var stored = placeholders.of(conversations.values());
        var added = new ArrayList<Placed>();
        var scopes = new HashMap<String, ConversationPlaceholders>();
        var rows = new ArrayList<NewEntry>(messages.size());
        var subjectLinks = new LinkedHashSet<Link>();
        // A conversation's messages carry the same subject: its hashes (a phone parsed, three HMACs) once a batch.
        var hashes = new HashMap<SubjectIdentifiers, List<String>>();
        for (var message : messages) {
            var conversation = conversations.get(message.contactId());
            var scope = scopes.computeIfAbsent(conversation,
                    c -> new ConversationPlaceholders(c, stored.getOrDefault(c, List.of()), pseudonyms, added));
            var subject = message.subject();
            var known = subject == null ? KnownIdentifiers.of(null, null, null, message.agentName())
                    : KnownIdentifiers.of(subject.name(), subject.email(), subject.username(), message.agentName());
            var redaction = redactor.redact(message.text(), known, scope);
            rows.add(new NewEntry(message.messageId(), conversation, message.sequence(), message.speaker(), message.language(),
                    message.channel(), redaction.text(), countsJson(redaction.counts())));
            if (subject != null) {
                var identifiers = new SubjectIdentifiers(subject.email(), subject.username(), subject.phone());
                for (var hash : hashes.computeIfAbsent(identifiers, i -> matchingHashes.of(i.email(), i.username(), i.phone()))) {
                    subjectLinks.add(new Link(hash, conversation));
                }
            }
        }
        entries.insertAll(rows, Instant.now(clock));
        placeholders.addAll(added);
        links.linkAll(subjectLinks);
    }

    private record SubjectIdentifiers(String email, String username, String phone) {
    }

    /** {"EMAIL":1,…}: the keys are entity type names, which need no escaping. */
    private static String countsJson(Map<EntityType, Integer> counts) {
        var json = new StringJoiner(",", "{", "}");
        counts.forEach((type, count) -> json.add("\"" + type.name() + "\":" + count));
        return json.toString();
    }
}
