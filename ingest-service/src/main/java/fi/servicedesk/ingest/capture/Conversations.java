package fi.servicedesk.ingest.capture;

import fi.servicedesk.ingest.crypto.DataKeys;
import fi.servicedesk.ingest.crypto.KeyShredding;
import fi.servicedesk.ingest.crypto.OutboxSeal;
import fi.servicedesk.ingest.crypto.SubjectKey;
import fi.servicedesk.ingest.domain.Channel;
import fi.servicedesk.ingest.domain.Contact;
import fi.servicedesk.ingest.domain.ContactRepository;
import fi.servicedesk.ingest.domain.KnownContact;
import fi.servicedesk.ingest.domain.Message;
import fi.servicedesk.ingest.domain.MessageRepository;
import fi.servicedesk.ingest.domain.Purpose;
import fi.servicedesk.ingest.domain.SealedFields;
import fi.servicedesk.ingest.domain.Speaker;
import fi.servicedesk.ingest.domain.Subject;
import fi.servicedesk.ingest.domain.SubjectRepository;
import fi.servicedesk.ingest.domain.WebhookSource;
import fi.servicedesk.ingest.events.ContactClosed;
import fi.servicedesk.ingest.events.MessageCaptured;
import fi.servicedesk.ingest.events.Topics;
import fi.servicedesk.ingest.recordings.RecordingStore;
import fi.servicedesk.ingest.subjects.Identifiers;
import fi.servicedesk.ingest.subjects.SubjectRegistry;
import fi.servicedesk.kit.outbox.Outbox;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What chats and calls have in common: a contact (R1.1) about one subject, its ordered messages
 * (R5.5) encrypted under the subject's key (R9.1), and the events they cause. A contact gets a
 * subject at once, anonymous until the end user's identifiers arrive; if those belong to a
 * known subject, the contact moves to it and is re-encrypted under its key.
 */
@Singleton
@Transactional(Transactional.TxType.MANDATORY)
public class Conversations {

    private final ContactRepository contacts;
    private final MessageRepository messages;
    private final SubjectRepository subjects;
    private final SubjectRegistry registry;
    private final DataKeys keys;
    private final Outbox outbox;
    private final RecordingStore recordings;
    private final Clock clock;

    Conversations(ContactRepository contacts, MessageRepository messages, SubjectRepository subjects,
                  SubjectRegistry registry, DataKeys keys, Outbox outbox, RecordingStore recordings, Clock clock) {
        this.recordings = recordings;
        this.contacts = contacts;
        this.messages = messages;
        this.subjects = subjects;
        this.registry = registry;
        this.keys = keys;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The contact of a platform conversation or call, locked for this transaction; made when new. */
    public Contact open(Channel channel, String externalId) {
        return open(channel, externalId, Identifiers.none());
    }

    /**
     * As {@link #open(Channel, String)}; a new contact belongs at once to the subject these
     * identifiers name, so a returning end user costs no placeholder subject, key, move and shredding.
     */
    public Contact open(Channel channel, String externalId, Identifiers offered) {
        return contacts.findForUpdate(channel, externalId).orElseGet(() -> {
            var contact = newContact(channel, externalId, subjectOf(offered).id);
            contacts.persist(contact);
            return contact;
        });
    }

    /**
     * A conversation's first message, by plain SQL like its later ones (no entity loaded, flushed
     * or checked): the contact, started at {@code startedAt}, on the subject these identifiers name
     * when it holds every kind offered, else on a new subject holding them. Empty, having made
     * nothing, when the known subject lacks a kind offered: {@link #open} and {@link #identify}
     * record it. The platform's id is locked first, so a contact another transaction made
     * meanwhile is found, not made twice; then as {@link #receiveKnown}.
     */
    public Optional<KnownContact> start(Channel channel, String externalId, Identifiers offered, Instant startedAt) {
        contacts.lock(channel, externalId);
        var madeMeanwhile = contacts.findKnownForUpdate(channel, externalId);
        if (madeMeanwhile.isPresent()) {
            return madeMeanwhile;
        }
        Subject subject;
        if (offered.isEmpty()) {
            subject = registry.insert(offered);
        } else {
            registry.lockIdentifiers(offered);
            var known = registry.findAnyCopy(offered);
            if (known.isPresent() && !SubjectRegistry.holdsEveryKindOf(known.get(), offered)) {
                return Optional.empty();
            }
            subject = known.orElseGet(() -> registry.insert(offered));
        }
        var contact = newContact(channel, externalId, subject.id);
        contact.startedAt = startedAt;
        contacts.insert(contact);
        return Optional.of(new KnownContact(contact, subject, 0));
    }

    private Contact newContact(Channel channel, String externalId, UUID subjectId) {
        var contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.channel = channel;
        contact.externalId = externalId;
        contact.subjectId = subjectId;
        contact.purpose = Purpose.A;
        contact.storedAt = Instant.now(clock);
        return contact;
    }

    /** The known subject one of these identifiers belongs to, given what it lacked; else a new one holding them. */
    private Subject subjectOf(Identifiers offered) {
        if (!offered.isEmpty()) {
            registry.lockIdentifiers(offered);
            var known = registry.findAny(offered);
            if (known.isPresent()) {
                registry.complete(known.get(), keys.of(known.get().id), offered);
                return known.get();
            }
        }
        return registry.create(offered);
    }

    /**
     * Records who the end user is; returns the subject the contact now belongs to. A message that
     * brings no kind of identifier the subject lacks (a conversation's later messages) costs no
     * look-up, lock or key.
     */
    public Subject identify(Contact contact, Identifiers offered) {
        var current = subjects.findById(contact.subjectId);
        if (offered.isEmpty() || SubjectRegistry.holdsEveryKindOf(current, offered)) {
            return current;
        }
        registry.lockIdentifiers(offered);
        if (current.isAnonymous()) {
            var known = registry.findAny(offered).filter(s -> !s.id.equals(current.id));
            if (known.isPresent()) {
                moveTo(contact, current, known.get());
                registry.complete(known.get(), keys.of(known.get().id), offered);
                return known.get();
            }
        }
        registry.complete(current, keys.of(current.id), offered);
        return current;
    }

    public void agent(Contact contact, String agentName) {
        if (namesAgent(contact, agentName)) {
            contact.agentNameEnc = keys.of(contact.subjectId).encryptText(SealedFields.agentName(contact.id), agentName);
        }
    }

    /** The first agent's name is the contact's; a later one changes nothing. */
    private static boolean namesAgent(Contact contact, String agentName) {
        return contact.agentNameEnc == null && agentName != null && !agentName.isBlank();
    }

    /**
     * The webhook's receipt and, when it is the first, the contact of a platform conversation or
     * call with its subject and its last message's number, read by one statement and row-locked,
     * when the contact exists: for a message that changes neither ({@link #appendKnown}). Empty
     * for a new conversation; then {@link #start}. A repeated webhook-id changes and locks nothing.
     */
    public ContactRepository.Received receiveKnown(WebhookSource source, String webhookId, Channel channel, String externalId) {
        return contacts.receiveKnownForUpdate(source, webhookId, channel, externalId);
    }

    /** Stores one message in order and, unless the subject objected (R4.1), announces it to redaction. */
    public Message append(Contact contact, NewMessage incoming) {
        var key = keys.of(contact.subjectId);
        if (contact.startedAt == null) {
            contact.startedAt = incoming.occurredAt();
        }
        var message = store(contact, key, incoming);
        var subject = subjects.findById(contact.subjectId);
        if (subject.objectedAt == null) {
            announce(contact, subject, key, message, incoming.text());
        }
        return message;
    }

    /**
     * As {@link #append}, for a contact read or made by plain SQL ({@link #receiveKnown}, {@link #start})
     * whose subject the message does not change: no entity is loaded, checked for changes or
     * written. The message, the contact's new last number, start and first agent's name
     * ({@code agentName} of an agent's message) and the event are written by one statement.
     */
    public Message appendKnown(KnownContact known, NewMessage incoming, String agentName) {
        var contact = known.contact();
        var key = keys.of(contact.subjectId);
        if (contact.startedAt == null) {
            contact.startedAt = incoming.occurredAt();
        }
        if (incoming.speaker() == Speaker.AGENT && namesAgent(contact, agentName)) {
            contact.agentNameEnc = key.encryptText(SealedFields.agentName(contact.id), agentName);
        }
        var message = newMessage(contact, key, incoming);
        message.seq = known.lastSeq() + 1;
        var announcement = known.subject().objectedAt == null
                ? outbox.sealedRow(Topics.INTERACTIONS, contact.id.toString(), MessageCaptured.TYPE,
                        captured(contact, known.subject(), key, message, incoming.text()), OutboxSeal.keyRefOf(known.subject().id))
                : null;
        messages.insertKnown(message, contact, announcement);
        return message;
    }

    private Message store(Contact contact, SubjectKey key, NewMessage incoming) {
        var message = newMessage(contact, key, incoming);
        messages.insertNext(message);
        return message;
    }

    private Message newMessage(Contact contact, SubjectKey key, NewMessage incoming) {
        var message = new Message();
        message.id = UUID.randomUUID();
        message.contactId = contact.id;
        message.externalId = incoming.externalId();
        message.speaker = incoming.speaker();
        message.textEnc = key.encryptText(SealedFields.messageText(message.id), incoming.text());
        message.language = incoming.language();
        message.occurredAt = incoming.occurredAt();
        message.purpose = Purpose.A;
        message.storedAt = Instant.now(clock);
        return message;
    }

    /** A chat closed or a call completed. */
    public void close(Contact contact, Instant closedAt) {
        contact.endedAt = closedAt;
        outbox.publish(Topics.INTERACTIONS, contact.id.toString(), ContactClosed.TYPE,
                new ContactClosed(contact.id, contact.channel.name(), closedAt, messages.count("contactId", contact.id)));
    }

    private void announce(Contact contact, Subject subject, SubjectKey key, Message message, String text) {
        // Text and identifiers: the row holds them sealed under the subject's key (OutboxSeal).
        outbox.publishSealed(Topics.INTERACTIONS, contact.id.toString(), MessageCaptured.TYPE,
                captured(contact, subject, key, message, text), OutboxSeal.keyRefOf(subject.id));
    }

    private MessageCaptured captured(Contact contact, Subject subject, SubjectKey key, Message message, String text) {
        var who = SubjectRegistry.identifiersOf(subject, key);
        return new MessageCaptured(contact.id, message.id, contact.channel.name(), message.seq, message.speaker.name(),
                message.language, text, message.occurredAt, message.storedAt,
                new MessageCaptured.SubjectIdentifiers(who.name(), who.email(), who.username(), who.phone()),
                key.decryptText(SealedFields.agentName(contact.id), contact.agentNameEnc));
    }

    /** Re-encrypts the contact's data under the known subject's key, then shreds the placeholder subject. */
    private void moveTo(Contact contact, Subject from, Subject to) {
        var oldKey = keys.of(from.id);
        var newKey = keys.of(to.id);
        if (contact.agentNameEnc != null) {
            var field = SealedFields.agentName(contact.id);
            contact.agentNameEnc = newKey.encrypt(field, oldKey.decrypt(field, contact.agentNameEnc));
        }
        for (var message : messages.ofContact(contact.id)) {
            var field = SealedFields.messageText(message.id);
            message.textEnc = newKey.encrypt(field, oldKey.decrypt(field, message.textEnc));
        }
        recordings.reencrypt(contact.id, oldKey, newKey);
        outbox.reseal(OutboxSeal.keyRefOf(from.id), OutboxSeal.keyRefOf(to.id));
        contact.subjectId = to.id;
        contacts.flush();
        registry.forget(from, KeyShredding.Work.MERGE);
    }

    /** A message as a platform reported it, before storage. */
    public record NewMessage(String externalId, Speaker speaker, String text, Instant occurredAt, String language) {
    }
}
