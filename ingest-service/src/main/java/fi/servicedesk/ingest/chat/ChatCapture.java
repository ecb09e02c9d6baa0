package fi.servicedesk.ingest.chat;

import fi.servicedesk.ingest.capture.Conversations;
import fi.servicedesk.ingest.domain.Channel;
import fi.servicedesk.ingest.domain.Speaker;
import fi.servicedesk.ingest.subjects.Identifiers;
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
        var contact = conversations.open(Channel.CHAT, event.conversationId());
        switch (event) {
            case ChatEvent.MessageSent sent -> {
                var sender = sent.sender();
                switch (sender.role()) {
                    case END_USER -> conversations.identify(contact,
                            Identifiers.normalised(sender.name(), sender.email(), sender.username(), sender.phone()));
                    case AGENT -> conversations.agent(contact, sender.name());
                    case BOT -> { }
                }
                conversations.append(contact, new Conversations.NewMessage(sent.messageId(),
                        Speaker.valueOf(sender.role().name()), sent.text(), sent.sentAt(), null));
            }
            case ChatEvent.Closed closed -> conversations.close(contact, closed.closedAt());
        }
        return true;
    }
}
