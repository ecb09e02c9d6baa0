package fi.servicedesk.ingest.transcription;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;

import java.io.InputStream;

/**
 * The speech-to-text subcontractor's API (contracts/openapi/transcription-subcontractor.yaml): the
 * audio under the job's token and nothing else (R7.4). PUT, so a repeated hand-off of the same job
 * (after a lost answer) replaces rather than adds. Any non-2xx answer is thrown as a
 * WebApplicationException.
 */
@Path("/jobs")
public interface SubcontractorApi {

    @PUT
    @Path("/{jobToken}")
    void submit(@PathParam("jobToken") String jobToken,
                @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                @HeaderParam(HttpHeaders.CONTENT_LENGTH) long contentLength,
                @HeaderParam(HttpHeaders.CONTENT_LANGUAGE) String language,
                InputStream audio);
}
