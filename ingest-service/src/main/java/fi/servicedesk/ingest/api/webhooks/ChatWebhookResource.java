package fi.servicedesk.ingest.api.webhooks;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.util.concurrent.CompletionStage;

/**
 * The chat platform's webhook. Authenticated by its Standard Webhooks signature over the raw
 * body, not by OIDC (DESIGN §6), hence {@code @PermitAll} at the HTTP layer.
 */
@Path("/webhooks/chat")
@PermitAll
public class ChatWebhookResource {

    private final StoredWebhooks webhooks;

    ChatWebhookResource(StoredWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    /**
     * Runs on the event loop, which has read the body without handing it to a waiting worker
     * thread; the webhook is answered when its group's transaction has committed.
     */
    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionStage<String> receive(@HeaderParam(WebhookHeaders.ID) String id,
                                           @HeaderParam(WebhookHeaders.TIMESTAMP) String timestamp,
                                           @HeaderParam(WebhookHeaders.SIGNATURE) String signature,
                                           byte[] body) throws IOException {
        return webhooks.chat(new WebhookHeaders(id, timestamp, signature), body);
    }
}
