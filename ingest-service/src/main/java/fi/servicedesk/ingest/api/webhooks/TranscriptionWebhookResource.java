package fi.servicedesk.ingest.api.webhooks;

import fi.servicedesk.ingest.domain.WebhookSource;
import fi.servicedesk.ingest.transcription.TranscriptionCallback;
import fi.servicedesk.ingest.transcription.TranscriptionResult;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;

/**
 * The speech-to-text subcontractor's callback (R7.1): signed with its own secret (Standard
 * Webhooks, not OIDC, DESIGN §6), hence {@code @PermitAll} at the HTTP layer.
 */
@Path("/webhooks/transcription")
@PermitAll
public class TranscriptionWebhookResource {

    private final SignedJson signedJson;
    private final TranscriptionCallback callback;

    TranscriptionWebhookResource(SignedJson signedJson, TranscriptionCallback callback) {
        this.signedJson = signedJson;
        this.callback = callback;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String receive(@HeaderParam(WebhookHeaders.ID) String id,
                          @HeaderParam(WebhookHeaders.TIMESTAMP) String timestamp,
                          @HeaderParam(WebhookHeaders.SIGNATURE) String signature,
                          byte[] body) throws IOException {
        return signedJson.receive(WebhookSource.TRANSCRIPTION, new WebhookHeaders(id, timestamp, signature), body,
                TranscriptionResult.class, callback::complete);
    }
}
