package fi.servicedesk.retention.api;

import fi.servicedesk.retention.sweep.SweepView;
import fi.servicedesk.retention.sweep.Sweeps;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Sweeps on demand and their proof (issue #5): the DPO starts them, the DPO and auditors read them. */
@Path("/api/v1/sweeps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SweepResource {

    private final Sweeps sweeps;

    SweepResource(Sweeps sweeps) {
        this.sweeps = sweeps;
    }

    /** 202: the owners sweep asynchronously; the body is the sweep as it stands, RUNNING. */
    @POST
    @RolesAllowed("dpo")
    public Response start(SweepRequest request) {
        var sweep = sweeps.start(request == null ? null : request.asOf());
        return Response.accepted(sweep).location(URI.create("/api/v1/sweeps/" + sweep.id())).build();
    }

    /** The latest sweeps, newest first. */
    @GET
    @RolesAllowed({"dpo", "auditor"})
    public List<SweepView> latest(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
        return sweeps.latest(limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"dpo", "auditor"})
    public SweepView get(@PathParam("id") UUID id) {
        return sweeps.get(id);
    }
}
