package fi.servicedesk.rights.portal;

import fi.servicedesk.rights.cases.CaseDesk;
import fi.servicedesk.rights.compliance.SweepResults;
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

/** Compliance: the latest retention sweeps, the register's response figures and their CSV export (dpo and auditor). */
@Path("/portal/compliance")
@RolesAllowed({"dpo", "auditor"})
public class PortalCompliance {

    private static final int SWEEPS_SHOWN = 5;
    private final CaseDesk desk;
    private final SweepResults sweeps;
    private final RightsConfig config;
    private final Clock clock;
    private final PortalPage page;
    private final Template template;

    PortalCompliance(CaseDesk desk, SweepResults sweeps, RightsConfig config, Clock clock, PortalPage page,
                     @Location("portal/compliance.html") Template template) {
        this.desk = desk;
        this.sweeps = sweeps;
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
                .data("sweeps", sweeps.latest(SWEEPS_SHOWN).stream().map(r -> new SweepRow(r.sweepId().toString()
                        .substring(0, 8), page.dateTime(r.completedAt()), r.service(), r.category(),
                        page.date(r.cutoff()), r.deleted(), r.held(), page.date(r.oldestRemaining()),
                        r.expiredRemains())).toList())
                .data("typeNames", Arrays.stream(RequestType.values()).map(ty -> t.get("type." + ty.name())).toList());
    }

    @GET
    @Path("/requests.csv")
    @Produces("text/csv")
    public Response csv() {
        return Response.ok(figures().csv())
                .header("Content-Disposition", "attachment; filename=\"requests-per-month.csv\"").build();
    }

    @io.quarkus.qute.TemplateData
    public record SweepRow(String sweep, String completed, String service, String category, String cutoff,
                           long deleted, long held, String oldestRemaining, boolean expiredRemains) {
    }

    private ResponseFigures figures() {
        return ResponseFigures.of(desk.queue(null, false, null, page.user(), page.purpose()), config.deadlineZone(), Instant.now(clock));
    }
}
