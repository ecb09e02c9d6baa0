package fi.servicedesk.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;

/**
 * Every error any service's REST API answers leaves as RFC 9457 problem+json with the status that
 * fits it. A service maps its own exceptions beside these; the most specific mapper wins.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return Problem.response(e.status(), e.title(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        var violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return Problem.response(new Problem("about:blank", "Invalid request", 400,
                "The request does not meet the API's constraints.", null, violations));
    }

    /**
     * Named apart too: Quarkus REST's own mappers for MismatchedInputException (a wrong type) and
     * InvalidFormatException (an unknown enum value) answer without a problem body.
     */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class, InvalidFormatException.class})
    public Response malformed(JsonProcessingException e) {
        return Problem.response(400, "Malformed JSON", e.getOriginalMessage());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated() {
        return Response.fromResponse(Problem.response(401, "Unauthorized", "A valid bearer token is required."))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.response(403, "Forbidden", "Your role does not allow this.");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        var status = e.getResponse().getStatusInfo();
        return Problem.response(status.getStatusCode(), status.getReasonPhrase(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        Log.error("Unexpected failure", e);
        return Problem.response(500, "Internal error", "The request failed; nothing was changed.");
    }

    /** "method.arg0.field" → "field": callers know the body's fields, not our method names. */
    private static String field(String propertyPath) {
        var parts = propertyPath.split("\\.");
        return parts.length > 2 ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length)) : propertyPath;
    }
}
