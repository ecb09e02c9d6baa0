package fi.servicedesk.ingest.chat;

import fi.servicedesk.ingest.capture.Conversations;
import fi.servicedesk.ingest.domain.Channel;
import fi.servicedesk.ingest.domain.KnownContact;
import fi.servicedesk.ingest.domain.Speaker;
import fi.servicedesk.ingest.subjects.Identifiers;
import fi.servicedesk.ingest.subjects.SubjectRegistry;
import fi.servicedesk.ingest.domain.WebhookReceipts;
import fi.servicedesk.ingest.domain.WebhookSource;
import jakarta.inject.Singleton;

/**
 * Stores what the chat platform reports (R6.1) and announces each message to redaction, in its
 * caller's transaction (the group commit's). It is no transaction boundary of its own, one
 * interceptor less a message: each of its writes goes through a method that demands a transaction
 * ({@code Conversations}, {@code WebhookReceipts.firstReceipt}: {@code MANDATORY}), so a call
 * outside one fails at its first statement, before anything is written, and whatever it throws
 * rolls the caller's transaction back.
 */
@Singleton
public class ChatCapture {

    private final WebhookReceipts receipts;
    private final Conversations conversations;

    ChatCapture(WebhookReceipts receipts, Conversations conversations) {
        this.receipts = receipts;
        this.conversations = conversations;
    }

    /** Returns false, having changed nothing, when this webhook id was already received. */
    public boolean capture(String webhookId, ChatEvent event) {
        return switch (event) {
            case ChatEvent.MessageSent sent -> capture(webhookId, sent);
            case ChatEvent.Closed closed -> {
                if (!receipts.firstReceipt(WebhookSource.CHAT, webhookId)) {
                    yield false;
                }
                conversations.close(conversations.open(Channel.CHAT, closed.conversationId()), closed.closedAt());
                yield true;
            }
        };
    }

    /**
     * A message that brings its subject no new kind of identifier is stored by plain SQL: a
     * conversation's later messages, and its first when the end user is new or returns with
     * nothing new. Only a new kind of identifier takes the entity path, which records it and may
     * move the contact to the subject it names.
     */
    private boolean capture(String webhookId, ChatEvent.MessageSent sent) {
        // The receipt and the contact's locking read are one statement.
        var received = conversations.receiveKnown(WebhookSource.CHAT, webhookId, Channel.CHAT, sent.conversationId());
        if (!received.first()) {
            return false;
        }
        var known = received.known()
                .or(() -> conversations.start(Channel.CHAT, sent.conversationId(), endUserIdentifiers(sent), sent.sentAt()));
        if (known.isPresent() && bringsNothingNew(known.get(), sent.sender())) {
            conversations.appendKnown(known.get(), newMessage(sent), sent.sender().name());
            return true;
        }
        var offered = endUserIdentifiers(sent);
        var contact = conversations.open(Channel.CHAT, sent.conversationId(), offered);
        conversations.identify(contact, offered);
        conversations.append(contact, newMessage(sent));
        return true;
    }

    /** An end user's message may name the subject anew (checked without parsing the phone number); no other may. */
    private static boolean bringsNothingNew(KnownContact known, ChatEvent.Sender sender) {
        return sender.role() != ChatEvent.Role.END_USER || SubjectRegistry.holdsEveryKindOf(known.subject(),
                Identifiers.offered(sender.name(), sender.email(), sender.username(), sender.phone()));
    }

    /** Who the end user says they are, normalised; none for another speaker. */
    private static Identifiers endUserIdentifiers(ChatEvent.MessageSent sent) {
        if (sent.sender().role() == ChatEvent.Role.END_USER) {
            var sender = sent.sender();
            return Identifiers.normalised(sender.name(), sender.email(), sender.username(), sender.phone());
        }
        return Identifiers.none();
    }

    private static Conversations.NewMessage newMessage(ChatEvent.MessageSent sent) {
        return new Conversations.NewMessage(sent.messageId(), Speaker.valueOf(sent.sender().role().name()), sent.text(),
                sent.sentAt(), null);
    }
}
