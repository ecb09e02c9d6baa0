package fi.servicedesk.rights.api;

import fi.servicedesk.rights.audit.AccessAudit;
import fi.servicedesk.kit.problem.ProblemException;
import fi.servicedesk.rights.access.AccessPackages;
import fi.servicedesk.rights.cases.CaseDesk;
import fi.servicedesk.rights.cases.CaseView;
import fi.servicedesk.rights.cases.CreateCaseRequest;
import fi.servicedesk.rights.cases.VerificationRequest;
import fi.servicedesk.rights.config.RightsConfig;
import fi.servicedesk.rights.domain.CaseStatus;
import fi.servicedesk.rights.saga.Execution;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** The DPO portal's case API (issue #6): role dpo acts, auditor may read (R9.2). */
@Path("/api/v1/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestsResource {

    private final CaseDesk desk;
    private final Execution execution;
    private final AccessPackages packages;
    private final SecurityIdentity identity;
    private final RightsConfig config;

    RequestsResource(CaseDesk desk, Execution execution, AccessPackages packages, SecurityIdentity identity,
                     RightsConfig config) {
        this.desk = desk;
        this.execution = execution;
        this.packages = packages;
        this.identity = identity;
        this.config = config;
    }

    @POST
    @RolesAllowed("dpo")
    public Response open(@NotNull @Valid CreateCaseRequest request) {
        var view = desk.open(request, caller());
        return Response.created(URI.create("/api/v1/requests/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({"dpo", "auditor"})
    public List<CaseView> queue(@QueryParam("status") String status, @QueryParam("overdue") boolean overdue,
                                @QueryParam("dueBefore") String dueBefore, @QueryParam("reason") String reason) {
        return desk.queue(status(status), overdue, instant(dueBefore), caller(), reason(reason));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"dpo", "auditor"})
    public CaseView get(@PathParam("id") UUID id, @QueryParam("reason") String reason) {
        return desk.get(id, caller(), reason(reason));
    }

    @POST
    @Path("/{id}/verification")
    @RolesAllowed("dpo")
    public CaseView verify(@PathParam("id") UUID id, @NotNull @Valid VerificationRequest request) {
        return desk.verify(id, request, caller());
    }

    @DELETE
    @Path("/{id}/subject/{identifier}")
    @RolesAllowed("dpo")
    public CaseView removeIdentifier(@PathParam("id") UUID id, @PathParam("identifier") String identifier) {
        return desk.removeIdentifier(id, identifier, caller());
    }

    @POST
    @Path("/{id}/execute")
    @RolesAllowed("dpo")
    public Response execute(@PathParam("id") UUID id) {
        return Response.accepted(execution.execute(id, caller())).build();
    }

    /** An OVERDUE owner, or one whose answer was not accepted, is asked again (DESIGN §5); 409 otherwise. */
    @POST
    @Path("/{id}/owners/{service}/reask")
    @RolesAllowed("dpo")
    public Response askAgain(@PathParam("id") UUID id, @PathParam("service") String service) {
        return Response.accepted(execution.askAgain(id, service, caller())).build();
    }

    @POST
    @Path("/{id}/extension")
    @RolesAllowed("dpo")
    public CaseView extend(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest request) {
        return desk.extend(id, request.reason(), caller());
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed("dpo")
    public CaseView reject(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest request) {
        return desk.reject(id, request.reason(), caller());
    }

    /** R10.1: the completed access request's package; dpo only, as it is the subject's data itself. */
    @GET
    @Path("/{id}/package")
    @Produces("application/zip")
    @RolesAllowed("dpo")
    public Response accessPackage(@PathParam("id") UUID id, @QueryParam("reason") String reason) {
        var content = packages.prepare(id, caller(), reason(reason));
        StreamingOutput zip = out -> packages.write(content, out);
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"access-" + id + ".zip\"")
                .build();
    }

    private String caller() {
        return identity.getPrincipal().getName();
    }

    /**
     * Why the caller reads (R9.2): the reason given, else the purpose of the caller's role — handling
     * the request (R10.5) for the DPO, an audit (R7.2) for an auditor.
     */
    private String reason(String given) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        return AccessAudit.purposeOf(identity.hasRole("dpo"));
    }

    private static CaseStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CaseStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status must be one of RECEIVED, VERIFIED, EXECUTING, COMPLETED, REJECTED.");
        }
    }

    /** dueBefore as an instant, or as a date meaning the start of that day in the deadline calendar. */
    private Instant instant(String dueBefore) {
        if (dueBefore == null || dueBefore.isBlank()) {
            return null;
        }
        try {
            return dueBefore.contains("T") ? Instant.parse(dueBefore)
                    : LocalDate.parse(dueBefore).atStartOfDay(config.deadlineZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("dueBefore must be a date (2026-12-31) or an instant (2026-12-31T00:00:00Z).");
        }
    }
}
