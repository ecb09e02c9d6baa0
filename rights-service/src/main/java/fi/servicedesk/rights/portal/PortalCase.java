package fi.servicedesk.rights.portal;

import fi.servicedesk.kit.problem.ProblemException;
import fi.servicedesk.rights.access.AccessPackages;
import fi.servicedesk.rights.cases.CaseView;
import fi.servicedesk.rights.holds.HoldRequest;
import fi.servicedesk.rights.holds.HoldView;
import fi.servicedesk.rights.cases.VerificationRequest;
import fi.servicedesk.rights.cases.CaseDesk;
import fi.servicedesk.rights.cases.IdentifierReveals;
import fi.servicedesk.rights.domain.CaseStatus;
import fi.servicedesk.rights.domain.Identifier;
import fi.servicedesk.rights.domain.Identifiers;
import fi.servicedesk.rights.domain.RequestType;
import fi.servicedesk.rights.domain.VerificationMethod;
import fi.servicedesk.rights.holds.LegalHolds;
import fi.servicedesk.rights.saga.Execution;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One case in the portal: its status, deadline, identifiers (masked until revealed), verification,
 * the DPO's actions, holds, the owners' answers, its timeline and the package (R10).
 * Every action is a form (CSRF token) that answers with a redirect back to the case.
 */
@Path("/portal/cases")
@Produces(MediaType.TEXT_HTML)
public class PortalCase {

    private final CaseDesk desk;
    private final Execution execution;
    private final IdentifierReveals reveals;
    private final LegalHolds holds;
    private final AccessPackages packages;
    private final PortalPage page;
    private final Template template;

    PortalCase(CaseDesk desk, Execution execution, IdentifierReveals reveals, LegalHolds holds, AccessPackages packages,
               PortalPage page, @Location("portal/case.html") Template template) {
        this.desk = desk;
        this.execution = execution;
        this.reveals = reveals;
        this.holds = holds;
        this.packages = packages;
        this.page = page;
        this.template = template;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"dpo", "auditor"})
    public TemplateInstance show(@PathParam("id") UUID id) {
        return render(desk.get(id, page.user(), page.purpose()), null, null);
    }

    /** The identifiers in clear, for the DPO only; each reveal is on the case's timeline. */
    @POST
    @Path("/{id}/reveal")
    @RolesAllowed("dpo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance reveal(@PathParam("id") UUID id) {
        var revealed = reveals.reveal(id, page.user());
        return render(desk.get(id, page.user(), page.purpose()), revealed, null);
    }

    @POST
    @Path("/{id}/verify")
    @RolesAllowed("dpo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object verify(@PathParam("id") UUID id, @RestForm String identifier, @RestForm String method,
                         @RestForm String note) {
        var chosen = Arrays.stream(VerificationMethod.values()).filter(m -> m.name().equals(method)).findFirst();
        if (chosen.isEmpty()) {
            return render(desk.get(id, page.user(), page.purpose()), null, page.text().get("case.error.method"));
        }
        return act(id, () -> desk.verify(id, new VerificationRequest(List.of(Objects.requireNonNullElse(identifier, "")),
                chosen.get(), FormValues.blankToNull(note)), page.user()));
    }

    @POST
    @Path("/{id}/execute")
    @RolesAllowed("dpo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object execute(@PathParam("id") UUID id) {
        return act(id, () -> execution.execute(id, page.user()));
    }

    /** An OVERDUE owner, or one whose answer was not accepted, is asked again. */
    @POST
    @Path("/{id}/owners/{service}/reask")
    @RolesAllowed("dpo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object askAgain(@PathParam("id") UUID id, @PathParam("service") String service) {
        return act(id, () -> execution.askAgain(id, service, page.user()));
    }

    @POST
    @Path("/{id}/extend")
    @RolesAllowed("dpo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object extend(@PathParam("id") UUID id, @RestForm String reason) {
        if (FormValues.blankToNull(reason) == null) {
            return render(desk.get(id, page.user(), page.purpose()), null, page.text().get("case.error.reason"));
        }
        return act(id, () -> desk.extend(id, reason.strip(), page.user()));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed("dpo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object reject(@PathParam("id") UUID id, @RestForm String reason) {
        if (FormValues.blankToNull(reason) == null) {
            return render(desk.get(id, page.user(), page.purpose()), null, page.text().get("case.error.reason"));
        }
        return act(id, () -> desk.reject(id, reason.strip(), page.user()));
    }

    /** A legal hold on everything the case's subject is known by (R8.4). */
    @POST
    @Path("/{id}/hold")
    @RolesAllowed("dpo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object hold(@PathParam("id") UUID id, @RestForm String reason) {
        if (FormValues.blankToNull(reason) == null) {
            return render(desk.get(id, page.user(), page.purpose()), null, page.text().get("case.error.reason"));
        }
        return act(id, () -> holds.place(new HoldRequest(null, desk.get(id, page.user(), page.purpose()).subject(), reason.strip()), page.user()));
    }

    @POST
    @Path("/{id}/holds/{hold}/lift")
    @RolesAllowed("dpo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object lift(@PathParam("id") UUID id, @PathParam("hold") UUID hold) {
        return act(id, () -> holds.lift(hold, page.user()));
    }

    /** R10.1: the package of a completed access request; dpo only, as it is the subject's data itself. */
    @GET
    @Path("/{id}/package")
    @Produces("application/zip")
    @RolesAllowed("dpo")
    public Response accessPackage(@PathParam("id") UUID id) {
        var content = packages.prepare(id, page.user(), page.purpose());
        StreamingOutput zip = out -> packages.write(content, out);
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"access-" + id + ".zip\"")
                .build();
    }

    /** Runs a DPO action; a refusal (wrong state, already extended…) is shown on the case page. */
    private Object act(UUID id, Supplier<?> action) {
        try {
            action.get();
            return Response.seeOther(URI.create("/portal/cases/" + id)).build();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return render(desk.get(id, page.user(), page.purpose()), null, e.getMessage());
        }
    }

    private TemplateInstance render(CaseView c, Identifiers revealed, String error) {
        var t = page.text();
        var activeHolds = holds.list().stream().filter(h -> h.liftedAt() == null && covers(h, c.subject())).toList();
        return page.render(template, "case")
                .data("id", c.id())
                .data("channel", c.channel() == null ? "" : c.channel())
                .data("details", c.details())
                .data("extended", c.extended())
                .data("rejected", c.status() == CaseStatus.REJECTED)
                .data("type", t.get("type." + c.type()))
                .data("status", t.get("status." + c.status()))
                .data("received", page.date(c.receivedAt()))
                .data("due", page.date(c.dueAt()))
                .data("overdue", !c.status().isClosed() && c.daysLeft() < 0)
                .data("identifiers", identifiers(c, revealed))
                .data("revealed", revealed != null)
                .data("methods", FormValues.names(VerificationMethod.values()))
                .data("canVerify", c.status() == CaseStatus.RECEIVED)
                .data("canExecute", c.status() == CaseStatus.VERIFIED)
                .data("canExtend", !c.status().isClosed() && !c.extended())
                .data("canReject", c.status() == CaseStatus.RECEIVED || c.status() == CaseStatus.VERIFIED)
                .data("hasPackage", c.type() == RequestType.ACCESS && c.status() == CaseStatus.COMPLETED)
                .data("holds", activeHolds.stream().map(h -> new HoldRow(h.id(), h.reason(), h.placedBy(),
                        page.dateTime(h.placedAt()))).toList())
                .data("owners", c.owners().stream().map(o -> new OwnerRow(o.service(), t.get("owner." + o.status()),
                        o.status().name().equals("OVERDUE"), page.dateTime(o.answeredAt()), o.summary(), o.failure(),
                        c.status() == CaseStatus.EXECUTING && (o.status().name().equals("OVERDUE") || o.failure() != null)))
                        .toList())
                .data("history", c.history().stream().map(h -> new TimelineRow(page.dateTime(h.at()), h.by(),
                        t.label("action.", h.action()), h.note())).toList())
                .data("error", error);
    }

    private List<IdentifierRow> identifiers(CaseView c, Identifiers revealed) {
        var t = page.text();
        return c.subject().present().stream().map(kind -> {
            var verification = c.verification().stream().filter(v -> v.identifier().equals(kind.key())).findFirst();
            var value = c.subject().get(kind);
            return new IdentifierRow(kind.key(), t.get("identifier." + kind.key()),
                    revealed != null ? revealed.get(kind) : Masking.mask(kind, value),
                    verification.isPresent(), verification.map(v -> t.get("method." + v.method())).orElse(""),
                    verification.map(CaseView.Verification::by).orElse(""),
                    verification.map(v -> page.dateTime(v.at())).orElse(""));
        }).toList();
    }

    /** A hold covers the subject when it names any of the same identifiers. */
    private static boolean covers(HoldView hold, Identifiers subject) {
        if (hold.subject() == null) {
            return false;
        }
        return Arrays.stream(Identifier.values()).anyMatch(kind -> subject.get(kind) != null
                && subject.get(kind).equalsIgnoreCase(Objects.requireNonNullElse(hold.subject().get(kind), "")));
    }

    @TemplateData
    public record HoldRow(UUID id, String reason, String by, String at) {
    }

    @TemplateData
    public record OwnerRow(String service, String status, boolean overdue, String answeredAt, String summary,
                           String failure, boolean canAskAgain) {
    }

    @TemplateData
    public record TimelineRow(String at, String by, String action, String note) {
    }
}
