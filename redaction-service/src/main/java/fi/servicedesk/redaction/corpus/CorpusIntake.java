package fi.servicedesk.redaction.corpus;

import fi.servicedesk.redaction.detection.KnownIdentifiers;
import fi.servicedesk.redaction.detection.Redactor;
import fi.servicedesk.redaction.domain.ConversationPlaceholderRepository;
import fi.servicedesk.redaction.domain.CorpusEntry;
import fi.servicedesk.redaction.domain.CorpusEntryRepository;
import fi.servicedesk.redaction.domain.SubjectLinkRepository;
import fi.servicedesk.redaction.messaging.MessageCaptured;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;

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
    private final SubjectPseudonyms subjectPseudonyms;
    private final Clock clock;

    CorpusIntake(Redactor redactor, CorpusEntryRepository entries, ConversationPlaceholderRepository placeholders,
                 SubjectLinkRepository links, Pseudonyms pseudonyms, SubjectPseudonyms subjectPseudonyms, Clock clock) {
        this.redactor = redactor;
        this.entries = entries;
        this.placeholders = placeholders;
        this.links = links;
        this.pseudonyms = pseudonyms;
        this.subjectPseudonyms = subjectPseudonyms;
        this.clock = clock;
    }

    public void add(MessageCaptured message) {
        var subject = message.subject();
        var conversation = pseudonyms.of("conversation", message.contactId().toString());
        var known = subject == null ? KnownIdentifiers.of(null, null, null, message.agentName())
                : KnownIdentifiers.of(subject.name(), subject.email(), subject.username(), message.agentName());
        var redaction = redactor.redact(message.text(), known,
                new ConversationPlaceholders(conversation, placeholders, pseudonyms));

        var entry = new CorpusEntry();
        entry.sourceMessageId = message.messageId();
        entry.conversation = conversation;
        entry.sequence = message.sequence();
        entry.speaker = message.speaker();
        entry.language = message.language();
        entry.channel = message.channel();
        entry.text = redaction.text();
        entry.entityCounts = new LinkedHashMap<>();
        redaction.counts().forEach((type, count) -> entry.entityCounts.put(type.name(), count));
        entry.storedAt = Instant.now(clock);
        entries.persist(entry);

        if (subject != null) {
            for (var pseudonym : subjectPseudonyms.of(subject.email(), subject.username(), subject.phone())) {
                links.link(pseudonym, conversation);
            }
        }
    }
}
