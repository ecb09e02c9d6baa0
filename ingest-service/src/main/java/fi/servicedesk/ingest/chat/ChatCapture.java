package fi.servicedesk.ingest.chat;

import fi.servicedesk.ingest.domain.Channel;
import fi.servicedesk.ingest.domain.Contact;
import fi.servicedesk.ingest.domain.ContactRepository;
import fi.servicedesk.ingest.domain.Message;
import fi.servicedesk.ingest.domain.MessageRepository;
import fi.servicedesk.ingest.domain.Purpose;
import fi.servicedesk.ingest.domain.Speaker;
import fi.servicedesk.ingest.messaging.MessageCaptured;
import fi.servicedesk.ingest.messaging.Outbox;
import fi.servicedesk.ingest.messaging.Topics;
import fi.servicedesk.ingest.webhooks.WebhookReceipts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Stores what the chat platform reports (R6.1) and announces each message to redaction. */
@ApplicationScoped
@Transactional
public class ChatCapture {

    private final WebhookReceipts receipts;
    private final ContactRepository contacts;
    private final MessageRepository messages;
    private final Outbox outbox;
    private final Clock clock;

    ChatCapture(WebhookReceipts receipts, ContactRepository contacts, MessageRepository messages, Outbox outbox, Clock clock) {
        this.receipts = receipts;
        this.contacts = contacts;
        this.messages = messages;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Returns false, having changed nothing, when this webhook id was already received. */
    public boolean capture(String webhookId, ChatEvent event) {
        if (!receipts.firstReceipt("chat", webhookId)) {
            return false;
        }
        var now = Instant.now(clock);
        var contact = contacts.findForUpdate(Channel.CHAT, event.conversationId())
                .orElseGet(() -> newContact(event.conversationId(), now));
        switch (event) {
            case ChatEvent.MessageSent sent -> store(contact, sent, now);
            case ChatEvent.Closed closed -> contact.endedAt = closed.closedAt();
        }
        return true;
    }

    private Contact newContact(String conversationId, Instant now) {
        var contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.channel = Channel.CHAT;
        contact.externalId = conversationId;
        contact.purpose = Purpose.A;
        contact.storedAt = now;
        contacts.persist(contact);
        return contact;
    }

    private void store(Contact contact, ChatEvent.MessageSent sent, Instant now) {
        var sender = sent.sender();
        switch (sender.role()) {
            case END_USER -> {
                contact.subjectName = firstKnown(contact.subjectName, sender.name());
                contact.subjectEmail = firstKnown(contact.subjectEmail, sender.email());
                contact.subjectUsername = firstKnown(contact.subjectUsername, sender.username());
                contact.subjectPhone = firstKnown(contact.subjectPhone, sender.phone());
            }
            case AGENT -> contact.agentName = firstKnown(contact.agentName, sender.name());
            case BOT -> { }
        }
        if (contact.startedAt == null) {
            contact.startedAt = sent.sentAt();
        }
        var message = new Message();
        message.id = UUID.randomUUID();
        message.contactId = contact.id;
        message.seq = messages.nextSeq(contact.id);
        message.externalId = sent.messageId();
        message.speaker = Speaker.valueOf(sender.role().name());
        message.text = sent.text();
        message.occurredAt = sent.sentAt();
        message.purpose = Purpose.A;
        message.storedAt = now;
        messages.persist(message);
        outbox.publish(Topics.INTERACTIONS, contact.id.toString(), MessageCaptured.TYPE, new MessageCaptured(
                contact.id, message.id, contact.channel.name(), message.seq, message.speaker.name(), null,
                message.text, message.occurredAt, message.storedAt,
                new MessageCaptured.SubjectIdentifiers(contact.subjectName, contact.subjectEmail,
                        contact.subjectUsername, contact.subjectPhone),
                contact.agentName));
    }

    private static String firstKnown(String current, String offered) {
        return current != null ? current : offered;
    }
}
