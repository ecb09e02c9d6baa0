package fi.servicedesk.rights.portal;

import fi.servicedesk.rights.cases.CaseDesk;
import fi.servicedesk.rights.compliance.RetentionVerdicts;
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
import java.util.List;

/**
 * Compliance: retention-service's latest verdicts with each category's cut-off and oldest item left,
 * what each owner reported, the register's response figures, and their CSV exports (dpo and auditor).
 */
@Path("/portal/compliance")
@RolesAllowed({"dpo", "auditor"})
public class PortalCompliance {

    private static final int SWEEPS_SHOWN = 5;
    private static final int CSV_SWEEPS = 400;
    private final CaseDesk desk;
    private final SweepResults sweeps;
    private final RetentionVerdicts verdicts;
    private final RightsConfig config;
    private final Clock clock;
    private final PortalPage page;
    private final Template template;

    PortalCompliance(CaseDesk desk, SweepResults sweeps, RetentionVerdicts verdicts, RightsConfig config, Clock clock,
                     PortalPage page, @Location("portal/compliance.html") Template template) {
        this.desk = desk;
        this.sweeps = sweeps;
        this.verdicts = verdicts;
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
                .data("verdicts", verdicts.latest(SWEEPS_SHOWN).stream().map(v -> new VerdictRow(
                        v.sweepId().toString().substring(0, 8), page.dateTime(v.finishedAt()), v.compliant(),
                        String.join(", ", v.missingOwners()), v.categories().stream().map(c -> new VerdictCategoryRow(
                                t.label("category.", c.category()), page.date(c.cutoff()), page.date(c.oldestRemaining()),
                                c.deleted(), c.held(), c.expiredRemains())).toList())).toList())
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

    /** Every category of the latest verdicts, one row each, for a spreadsheet or an auditor's file. */
    @GET
    @Path("/sweeps.csv")
    @Produces("text/csv")
    public Response sweepsCsv() {
        var csv = new StringBuilder(Csv.row("sweep", "as_of", "finished_at", "verdict", "missing_owners", "category",
                "cutoff", "deleted", "held", "expired_unheld", "oldest_remaining", "expired_remains"));
        for (var v : verdicts.latest(CSV_SWEEPS)) {
            for (var c : v.categories()) {
                csv.append(Csv.row(v.sweepId(), v.asOf(), v.finishedAt(), v.compliant() ? "COMPLIANT" : "NON_COMPLIANT",
                        String.join(" ", v.missingOwners()), c.category(), c.cutoff(), c.deleted(), c.held(),
                        c.expiredUnheld(), c.oldestRemaining(), c.expiredRemains()));
            }
        }
        return Response.ok(csv.toString())
                .header("Content-Disposition", "attachment; filename=\"retention-verdicts.csv\"").build();
    }

    @io.quarkus.qute.TemplateData
    public record VerdictRow(String sweep, String finished, boolean compliant, String missingOwners,
                             List<VerdictCategoryRow> categories) {
    }

    @io.quarkus.qute.TemplateData
    public record VerdictCategoryRow(String category, String cutoff, String oldestRemaining, long deleted, long held,
                                     boolean expiredRemains) {
    }

    @io.quarkus.qute.TemplateData
    public record SweepRow(String sweep, String completed, String service, String category, String cutoff,
                           long deleted, long held, String oldestRemaining, boolean expiredRemains) {
    }

    private ResponseFigures figures() {
        return ResponseFigures.of(desk.queue(null, false, null, page.user(), page.purpose()), config.deadlineZone(), Instant.now(clock));
    }
}
