package fi.servicedesk.ingest.api;

import fi.servicedesk.ingest.lookup.AuditEntryView;
import fi.servicedesk.ingest.lookup.ContactView;
import fi.servicedesk.ingest.lookup.DisputeLookup;
import fi.servicedesk.ingest.recordings.RecordingStore;
import fi.servicedesk.ingest.subjects.Identifiers;
import fi.servicedesk.kit.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Dispute look-up (R3.1, R9.2): only dispute handlers and the DPO, always with a reason. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ContactsResource {

    private final DisputeLookup lookup;
    private final RecordingStore recordings;
    private final SecurityIdentity identity;

    ContactsResource(DisputeLookup lookup, RecordingStore recordings, SecurityIdentity identity) {
        this.lookup = lookup;
        this.recordings = recordings;
        this.identity = identity;
    }

    /** Identifiers in the body, never in the URL (DESIGN §6). */
    @POST
    @Path("/contacts/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"dispute-handler", "dpo"})
    public List<ContactView> search(ContactSearchRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("Give email, phone or username, and a reason, as JSON.");
        }
        return search(request.email(), request.phone(), request.username(), request.from(), request.to(), request.reason());
    }

    /**
     * The same look-up with the identifiers in the query string, which proxy and ingress logs keep:
     * deprecated in favour of {@code POST /api/v1/contacts/search}, and answered with a Deprecation
     * header (RFC 9745) and a Link to it.
     */
    @Deprecated
    @GET
    @Path("/contacts")
    @RolesAllowed({"dispute-handler", "dpo"})
    public Response searchByQuery(@QueryParam("email") String email, @QueryParam("phone") String phone,
                                  @QueryParam("username") String username, @QueryParam("from") Instant from,
                                  @QueryParam("to") Instant to, @QueryParam("reason") String reason) {
        return Response.ok(search(email, phone, username, from, to, reason))
                .header("Deprecation", "true")
                .header("Link", "</api/v1/contacts/search>; rel=\"successor-version\"")
                .build();
    }

    private List<ContactView> search(String email, String phone, String username, Instant from, Instant to, String reason) {
        var by = Identifiers.normalised(null, email, username, phone);
        if (by.isEmpty()) {
            throw ProblemException.badRequest("Give email, phone or username.");
        }
        return lookup.search(by, from, to, required(reason), identity.getPrincipal().getName());
    }

    @GET
    @Path("/contacts/{id}")
    @RolesAllowed({"dispute-handler", "dpo"})
    public ContactView contact(@PathParam("id") UUID id, @QueryParam("reason") String reason) {
        return lookup.contact(id, required(reason), identity.getPrincipal().getName())
                .orElseThrow(() -> ProblemException.notFound("No contact " + id));
    }

    /** The audio as it was uploaded, streamed out chunk by chunk with its content type. */
    @GET
    @Path("/contacts/{id}/recording")
    @RolesAllowed({"dispute-handler", "dpo"})
    @Produces({"audio/wav", "audio/mpeg"})
    public Response recording(@PathParam("id") UUID id, @QueryParam("reason") String reason) {
        var recording = lookup.recording(id, required(reason), identity.getPrincipal().getName())
                .orElseThrow(() -> ProblemException.notFound("Contact " + id + " has no recording"));
        StreamingOutput audio = out -> {
            try (var in = recordings.open(recording)) {
                in.transferTo(out);
            }
        };
        return Response.ok(audio, recording.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, recording.bytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + recording.fileName() + "\"")
                .build();
    }

    @GET
    @Path("/audit")
    @RolesAllowed("auditor")
    public List<AuditEntryView> audit() {
        return lookup.audit();
    }

    /** R9.2: a read of personal data without a stated reason is refused. */
    private static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.badRequest("A reason is required for every look-up (R9.2).");
        }
        return reason.trim();
    }
}
