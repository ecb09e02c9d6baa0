package fi.servicedesk.rights.portal;

import fi.servicedesk.rights.cases.CaseView;
import fi.servicedesk.rights.cases.CaseDesk;
import fi.servicedesk.rights.domain.CaseStatus;
import fi.servicedesk.rights.domain.OwnerStatus;
import fi.servicedesk.rights.domain.RequestType;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;


/** The portal's queue of cases (R10): no identifiers listed, deadlines first; a person's cases by identifier. */
@Path("/portal")
@Produces(MediaType.TEXT_HTML)
public class PortalQueue {

    private static final int SOON_DAYS = 7;

    private final CaseDesk desk;
    private final PortalPage page;
    private final Template queue;

    PortalQueue(CaseDesk desk, PortalPage page, @Location("portal/queue.html") Template queue) {
        this.desk = desk;
        this.page = page;
        this.queue = queue;
    }

    @GET
    @RolesAllowed({"dpo", "auditor"})
    public TemplateInstance queue(@QueryParam("status") String status, @QueryParam("type") String type,
                                  @QueryParam("overdue") boolean overdue, @QueryParam("unverified") boolean unverified) {
        var statusFilter = FormValues.parse(CaseStatus.class, status);
        var typeFilter = FormValues.parse(RequestType.class, type);
        var rows = desk.queue(statusFilter, overdue, null, page.user(), page.purpose()).stream()
                .filter(c -> typeFilter == null || c.type() == typeFilter)
                // Unverified requests wait for the DPO's check, not for work: listed when asked for.
                .filter(c -> unverified || statusFilter == CaseStatus.RECEIVED || c.status() != CaseStatus.RECEIVED)
                .map(this::row)
                .toList();
        return render(rows, false)
                .data("status", statusFilter == null ? "" : statusFilter.name())
                .data("type", typeFilter == null ? "" : typeFilter.name())
                .data("overdue", overdue)
                .data("unverified", unverified);
    }

    /**
     * The cases of one person, by an exact e-mail, user name or phone matched by keyed hash. A form
     * POST, not a query string: an identifier in a URL would stay in browser history, proxy and
     * access logs and Referer headers; here it stays in the request body and is not shown back.
     */
    @POST
    @RolesAllowed({"dpo", "auditor"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance search(@RestForm String identifier) {
        var given = FormValues.blankToNull(identifier);
        var rows = given == null ? List.<QueueRow>of()
                : desk.search(given, page.user(), page.purpose()).stream().map(this::row).toList();
        return render(rows, true)
                .data("status", "").data("type", "").data("overdue", false).data("unverified", false);
    }

    private TemplateInstance render(List<QueueRow> rows, boolean searched) {
        return page.render(queue, "queue")
                .data("rows", rows)
                .data("searched", searched)
                .data("statuses", FormValues.names(CaseStatus.values()))
                .data("types", FormValues.names(RequestType.values()));
    }

    private QueueRow row(CaseView c) {
        var t = page.text();
        var answered = c.owners().stream().filter(o -> o.status() == OwnerStatus.ANSWERED).count();
        var open = !c.status().isClosed();
        var urgency = !open ? "" : c.daysLeft() < 0 ? "overdue" : c.daysLeft() <= SOON_DAYS ? "soon" : "";
        return new QueueRow(c.id(), t.get("type." + c.type()), t.get("status." + c.status()),
                page.date(c.receivedAt()), page.date(c.dueAt()), c.extended(), c.daysLeft(), answered,
                c.owners().size(), urgency);
    }
}
