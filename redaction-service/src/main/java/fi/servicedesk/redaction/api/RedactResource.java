package fi.servicedesk.redaction.api;

import fi.servicedesk.kit.problem.ProblemException;
import fi.servicedesk.redaction.detection.KnownIdentifiers;
import fi.servicedesk.redaction.detection.Placeholders;
import fi.servicedesk.redaction.detection.Redactor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** De-identification on demand for bot developers and the DPO (R9.4); stores nothing. */
@Path("/api/v1/redact")
public class RedactResource {

    static final int MAX_TEXT_BYTES = 64 * 1024;

    private final Redactor redactor;

    RedactResource(Redactor redactor) {
        this.redactor = redactor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"bot-developer", "dpo"})
    public RedactResponse redact(@NotNull @Valid RedactRequest request) {
        if (request.text().getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw new ProblemException(413, "Content too large", "The text is over 64 KiB; send it in parts.");
        }
        var known = KnownIdentifiers.classify(request.knownIdentifiers() == null ? List.of() : request.knownIdentifiers());
        return RedactResponse.of(redactor.redact(request.text(), known, Placeholders.inMemory()));
    }
}
