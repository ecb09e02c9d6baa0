package fi.servicedesk.ingest.api.webhooks;

import fi.servicedesk.ingest.recordings.RecordingRefusedException;
import fi.servicedesk.ingest.domain.UnknownCallException;
import fi.servicedesk.kit.problem.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The webhook refusals as problem+json, beside the kit's mappers for everything else. */
public class WebhookProblemMappers {

    @ServerExceptionMapper
    public Response badSignature(WebhookSignature.InvalidSignatureException e) {
        return Problem.response(401, "Invalid webhook signature", e.getMessage());
    }

    @ServerExceptionMapper
    public Response unknownCall(UnknownCallException e) {
        return Problem.response(404, "Unknown call", e.getMessage());
    }

    @ServerExceptionMapper
    public Response recordingRefused(RecordingRefusedException e) {
        return switch (e.reason()) {
            case INVALID_AUDIO -> Problem.response(400, "Invalid audio", e.getMessage());
            case ALREADY_STORED -> Problem.response(409, "Recording already stored", e.getMessage());
            // The rest of the body is not read: the connection cannot carry another request after it.
            case TOO_LARGE -> Response.fromResponse(Problem.response(413, "Request body too large", e.getMessage()))
                    .header("Connection", "close").build();
        };
    }
}
