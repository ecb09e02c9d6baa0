package fi.servicedesk.rights.api;

import fi.servicedesk.rights.audit.AccessAudit;
import fi.servicedesk.rights.holds.HoldRequest;
import fi.servicedesk.rights.holds.HoldView;
import fi.servicedesk.rights.holds.LegalHolds;
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

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Legal holds for disputes (R3.1), the DPO's to place, lift and read; a read is audited (R9.2). An
 * auditor sees the holds covering a case on its page in the portal, within that case's audited read.
 */
@Path("/api/v1/holds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("dpo")
public class HoldsResource {

    private final LegalHolds holds;
    private final SecurityIdentity identity;

    HoldsResource(LegalHolds holds, SecurityIdentity identity) {
        this.holds = holds;
        this.identity = identity;
    }

    @POST
    public Response place(@NotNull @Valid HoldRequest request) {
        var hold = holds.place(request, identity.getPrincipal().getName());
        return Response.created(URI.create("/api/v1/holds/" + hold.id())).entity(hold).build();
    }

    @DELETE
    @Path("/{id}")
    public HoldView lift(@PathParam("id") UUID id) {
        return holds.lift(id, identity.getPrincipal().getName());
    }

    @GET
    public List<HoldView> list(@QueryParam("reason") String reason) {
        var why = reason == null || reason.isBlank() ? AccessAudit.purposeOf(true) : reason.strip();
        return holds.read(identity.getPrincipal().getName(), why);
    }
}
