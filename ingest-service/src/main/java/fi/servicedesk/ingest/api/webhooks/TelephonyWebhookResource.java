package fi.servicedesk.ingest.api.webhooks;

import fi.servicedesk.ingest.capture.GroupCommit;
import fi.servicedesk.ingest.domain.WebhookSource;
import fi.servicedesk.ingest.telephony.TelephonyCapture;
import fi.servicedesk.ingest.telephony.TelephonyEvent;
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

/** The telephony platform's JSON webhook (R6.1), signed like the chat's with the telephony secret. */
@Path("/webhooks/telephony")
@PermitAll
public class TelephonyWebhookResource {

    private final SignedJson signedJson;
    private final TelephonyCapture capture;
    private final GroupCommit groupCommit;

    TelephonyWebhookResource(SignedJson signedJson, TelephonyCapture capture, GroupCommit groupCommit) {
        this.signedJson = signedJson;
        this.capture = capture;
        this.groupCommit = groupCommit;
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
        return signedJson.receiveWhenStored(WebhookSource.TELEPHONY, new WebhookHeaders(id, timestamp, signature), body, TelephonyEvent.class,
                (webhookId, event) -> groupCommit.submit("call:" + event.callId(), () -> capture.capture(webhookId, event)));
    }
}
