package fi.servicedesk.rights.api;

import fi.servicedesk.kit.problem.ProblemException;
import fi.servicedesk.rights.audit.AccessAudit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/** The access audit (R9.2): who read which case's personal data, when and why; auditors only (R7.2). */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final int MAX_LIMIT = 1000;

    private final AccessAudit audit;

    AuditResource(AccessAudit audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed("auditor")
    public List<AccessAudit.Entry> entries(@QueryParam("caseId") UUID caseId, @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.badRequest("limit must be between 1 and " + MAX_LIMIT + ".");
        }
        return audit.entries(caseId, limit);
    }
}
