package fi.servicedesk.ingest.api.webhooks;

import fi.servicedesk.ingest.capture.GroupCommit;
import fi.servicedesk.ingest.chat.ChatCapture;
import fi.servicedesk.ingest.chat.ChatEvent;
import fi.servicedesk.ingest.domain.WebhookSource;
import fi.servicedesk.ingest.telephony.TelephonyCapture;
import fi.servicedesk.ingest.telephony.TelephonyEvent;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.concurrent.CompletionStage;

/**
 * What a chat or telephony webhook does, for its resource and for {@link DirectWebhookRoutes}: verified,
 * parsed and validated ({@link SignedJson}), then captured in a group commit by conversation or call;
 * the answer follows the commit. A bean without the resources' security interceptor, which the
 * direct route does not need to pass.
 */
@Singleton
public class StoredWebhooks {

    private final SignedJson signedJson;
    private final ChatCapture chat;
    private final TelephonyCapture telephony;
    private final GroupCommit groupCommit;

    StoredWebhooks(SignedJson signedJson, ChatCapture chat, TelephonyCapture telephony, GroupCommit groupCommit) {
        this.signedJson = signedJson;
        this.chat = chat;
        this.telephony = telephony;
        this.groupCommit = groupCommit;
    }

    public CompletionStage<String> chat(WebhookHeaders headers, byte[] body) throws IOException {
        return signedJson.receiveWhenStored(WebhookSource.CHAT, headers, body, ChatEvent.class,
                (webhookId, event) -> groupCommit.submit("chat:" + event.conversationId(), () -> chat.capture(webhookId, event)));
    }

    public CompletionStage<String> telephony(WebhookHeaders headers, byte[] body) throws IOException {
        return signedJson.receiveWhenStored(WebhookSource.TELEPHONY, headers, body, TelephonyEvent.class,
                (webhookId, event) -> groupCommit.submit("call:" + event.callId(), () -> telephony.capture(webhookId, event)));
    }
}
