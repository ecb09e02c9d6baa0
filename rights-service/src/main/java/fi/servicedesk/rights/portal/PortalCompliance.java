package fi.servicedesk.rights.portal;

import fi.servicedesk.rights.cases.CaseDesk;
import fi.servicedesk.rights.config.RightsConfig;
import fi.servicedesk.rights.domain.RequestType;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;

/** Compliance: the register's response figures and CSV export (dpo and auditor). */
@Path("/portal/compliance")
@RolesAllowed({"dpo", "auditor"})
public class PortalCompliance {

    private final CaseDesk desk;
    private final RightsConfig config;
    private final Clock clock;
    private final PortalPage page;
    private final Template template;

    PortalCompliance(CaseDesk desk, RightsConfig config, Clock clock, PortalPage page,
                     @Location("portal/compliance.html") Template template) {
        this.desk = desk;
        this.config = config;
        this.clock = clock;
        this.page = page;
        this.template = template;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        var t = page.text();
        return page.render(template, "compliance")
                .data("figures", figures())
                .data("typeNames", Arrays.stream(RequestType.values()).map(ty -> t.get("type." + ty.name())).toList());
    }

    @GET
    @Path("/requests.csv")
    @Produces("text/csv")
    public Response csv() {
        return Response.ok(figures().csv())
                .header("Content-Disposition", "attachment; filename=\"requests-per-month.csv\"").build();
    }

    private ResponseFigures figures() {
        return ResponseFigures.of(desk.queue(null, false, null), config.deadlineZone(), Instant.now(clock));
    }
}
