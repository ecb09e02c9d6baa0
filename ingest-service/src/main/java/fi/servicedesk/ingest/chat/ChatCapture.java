package fi.servicedesk.ingest.chat;

import fi.servicedesk.ingest.capture.Conversations;
import fi.servicedesk.ingest.domain.Channel;
import fi.servicedesk.ingest.domain.KnownContact;
import fi.servicedesk.ingest.domain.Speaker;
import fi.servicedesk.ingest.subjects.Identifiers;
import fi.servicedesk.ingest.subjects.SubjectRegistry;
import fi.servicedesk.ingest.domain.WebhookReceipts;
import fi.servicedesk.ingest.domain.WebhookSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Stores what the chat platform reports (R6.1) and announces each message to redaction. */
@ApplicationScoped
@Transactional
public class ChatCapture {

    private final WebhookReceipts receipts;
    private final Conversations conversations;

    ChatCapture(WebhookReceipts receipts, Conversations conversations) {
        this.receipts = receipts;
        this.conversations = conversations;
    }

    /** Returns false, having changed nothing, when this webhook id was already received. */
    public boolean capture(String webhookId, ChatEvent event) {
        if (!receipts.firstReceipt(WebhookSource.CHAT, webhookId)) {
            return false;
        }
        if (event instanceof ChatEvent.MessageSent sent && appendedUnchanged(sent)) {
            return true;
        }
        var offered = endUserIdentifiers(event);
        var contact = conversations.open(Channel.CHAT, event.conversationId(), offered);
        switch (event) {
            case ChatEvent.MessageSent sent -> {
                switch (sent.sender().role()) {
                    case END_USER -> conversations.identify(contact, offered);
                    case AGENT -> conversations.agent(contact, sent.sender().name());
                    case BOT -> { }
                }
                conversations.append(contact, newMessage(sent));
            }
            case ChatEvent.Closed closed -> conversations.close(contact, closed.closedAt());
        }
        return true;
    }

    /**
     * Most messages of a conversation change nothing but the conversation's messages: it has
     * started, its agent is named, and its end user brings no kind of identifier the subject lacks.
     * Those take the lean path; the others (and a conversation not seen yet) return false.
     */
    private boolean appendedUnchanged(ChatEvent.MessageSent sent) {
        var known = conversations.known(Channel.CHAT, sent.conversationId());
        if (known.isEmpty() || !changesNothing(known.get(), sent.sender())) {
            return false;
        }
        conversations.appendUnchanged(known.get(), newMessage(sent));
        return true;
    }

    private static boolean changesNothing(KnownContact known, ChatEvent.Sender sender) {
        if (known.contact().startedAt == null) {
            return false;
        }
        return switch (sender.role()) {
            case END_USER -> SubjectRegistry.holdsEveryKindOf(known.subject(),
                    Identifiers.offered(sender.name(), sender.email(), sender.username(), sender.phone()));
            case AGENT -> known.contact().agentNameEnc != null || sender.name() == null || sender.name().isBlank();
            case BOT -> true;
        };
    }

    /** Who the end user says they are, normalised; none for another speaker or event. */
    private static Identifiers endUserIdentifiers(ChatEvent event) {
        if (event instanceof ChatEvent.MessageSent sent && sent.sender().role() == ChatEvent.Role.END_USER) {
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
