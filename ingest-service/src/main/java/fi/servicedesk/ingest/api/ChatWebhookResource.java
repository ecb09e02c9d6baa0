package fi.servicedesk.ingest.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.ingest.chat.ChatCapture;
import fi.servicedesk.ingest.chat.ChatEvent;
import fi.servicedesk.ingest.webhooks.WebhookHeaders;
import fi.servicedesk.ingest.webhooks.WebhookSource;
import fi.servicedesk.ingest.webhooks.WebhookVerifier;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.util.Map;

/**
 * The chat platform's webhook. Authenticated by its Standard Webhooks signature over the raw
 * body, not by OIDC (DESIGN §6), hence {@code @PermitAll} at the HTTP layer.
 */
@Path("/webhooks/chat")
@PermitAll
public class ChatWebhookResource {

    private final WebhookVerifier verifier;
    private final ObjectMapper json;
    private final Validator validator;
    private final ChatCapture capture;

    ChatWebhookResource(WebhookVerifier verifier, ObjectMapper json, Validator validator, ChatCapture capture) {
        this.verifier = verifier;
        this.json = json;
        this.validator = validator;
        this.capture = capture;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> receive(@HeaderParam(WebhookHeaders.ID) String id,
                                       @HeaderParam(WebhookHeaders.TIMESTAMP) String timestamp,
                                       @HeaderParam(WebhookHeaders.SIGNATURE) String signature,
                                       byte[] body) throws IOException {
        verifier.verify(WebhookSource.CHAT, new WebhookHeaders(id, timestamp, signature), body);
        var event = json.readValue(body, ChatEvent.class);
        var violations = validator.validate(event);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        boolean stored = capture.capture(id, event);
        return Map.of("webhookId", id, "duplicate", !stored);
    }
}
