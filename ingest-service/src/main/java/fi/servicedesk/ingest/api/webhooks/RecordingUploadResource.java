package fi.servicedesk.ingest.api.webhooks;

import fi.servicedesk.ingest.domain.WebhookSource;
import fi.servicedesk.ingest.recordings.RecordingUpload;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The telephony platform's upload of a call's recording (R5.4, R6.1), signed with the telephony
 * secret over the raw bytes. The body is an InputStream, so Quarkus REST hands it over as it
 * arrives instead of buffering it; RecordingUpload streams it into encrypted chunks.
 */
@Path("/webhooks/telephony/calls/{callId}/recording")
@PermitAll
public class RecordingUploadResource {

    private final RecordingUpload upload;
    private final WebhookVerifier verifier;

    RecordingUploadResource(RecordingUpload upload, WebhookVerifier verifier) {
        this.upload = upload;
        this.verifier = verifier;
    }

    /** WAV or MP3: any other type is 415 before the body is read. */
    @PUT
    @Consumes({"audio/wav", "audio/mpeg"})
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> receive(@PathParam("callId") String callId,
                                       @HeaderParam(WebhookHeaders.ID) String id,
                                       @HeaderParam(WebhookHeaders.TIMESTAMP) String timestamp,
                                       @HeaderParam(WebhookHeaders.SIGNATURE) String signature,
                                       @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
                                       InputStream body) throws IOException {
        // Stored without parameters, in the form the access package and the hand-off know.
        var contentType = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        var bodySignature = verifier.start(WebhookSource.TELEPHONY, new WebhookHeaders(id, timestamp, signature));
        var recordingId = upload.upload(callId, contentType, id, bodySignature, body);
        var answer = new LinkedHashMap<String, Object>();
        answer.put("webhookId", id);
        answer.put("duplicate", recordingId.isEmpty());
        recordingId.ifPresent(recording -> answer.put("recordingId", recording));
        return answer;
    }
}
