package fi.servicedesk.redaction.corpus;

import fi.servicedesk.redaction.detection.KnownIdentifiers;
import fi.servicedesk.redaction.detection.Placeholders;
import fi.servicedesk.redaction.detection.Redactor;
import fi.servicedesk.redaction.domain.CorpusEntry;
import fi.servicedesk.redaction.domain.CorpusEntryRepository;
import fi.servicedesk.redaction.messaging.MessageCaptured;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/** Redacts a captured message and stores it in the corpus (R3.3: nothing serves B unredacted, R8.2). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CorpusIntake {

    private final Redactor redactor;
    private final CorpusEntryRepository entries;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    CorpusIntake(Redactor redactor, CorpusEntryRepository entries, Pseudonyms pseudonyms, Clock clock) {
        this.redactor = redactor;
        this.entries = entries;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    public void add(MessageCaptured message) {
        var subject = message.subject();
        var known = subject == null ? KnownIdentifiers.of(null, null, null, message.agentName())
                : KnownIdentifiers.of(subject.name(), subject.email(), subject.username(), message.agentName());
        var entry = new CorpusEntry();
        entry.sourceMessageId = message.messageId();
        entry.conversation = pseudonyms.of("conversation", message.contactId().toString());
        entry.sequence = message.sequence();
        entry.speaker = message.speaker();
        entry.language = message.language();
        entry.channel = message.channel();
        entry.text = redactor.redact(message.text(), known, Placeholders.inMemory()).text();
        entry.storedAt = Instant.now(clock);
        entries.persist(entry);
    }
}
