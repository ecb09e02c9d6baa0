package fi.servicedesk.rights.portal;

import fi.servicedesk.kit.problem.ProblemException;
import fi.servicedesk.rights.api.CaseView;
import fi.servicedesk.rights.api.CreateCaseRequest;
import fi.servicedesk.rights.cases.CaseDesk;
import fi.servicedesk.rights.domain.CaseStatus;
import fi.servicedesk.rights.domain.Identifiers;
import fi.servicedesk.rights.domain.OwnerStatus;
import fi.servicedesk.rights.domain.Rectification;
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
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The portal's queue of cases (R10) and the form by which the DPO records a request received elsewhere. */
@Path("/portal")
@Produces(MediaType.TEXT_HTML)
public class PortalQueue {

    /** How a request can reach the DPO; recorded on the case as its channel. */
    static final List<String> CHANNELS = List.of("email", "phone", "letter", "web-form");
    private static final int SOON_DAYS = 7;

    private final CaseDesk desk;
    private final PortalPage page;
    private final Template queue;
    private final Template newCase;

    PortalQueue(CaseDesk desk, PortalPage page, @Location("portal/queue.html") Template queue,
                @Location("portal/new-case.html") Template newCase) {
        this.desk = desk;
        this.page = page;
        this.queue = queue;
        this.newCase = newCase;
    }

    @GET
    @RolesAllowed({"dpo", "auditor"})
    public TemplateInstance queue(@QueryParam("status") String status, @QueryParam("type") String type,
                                  @QueryParam("overdue") boolean overdue, @QueryParam("unverified") boolean unverified) {
        var statusFilter = parse(CaseStatus.class, status);
        var typeFilter = parse(RequestType.class, type);
        var rows = desk.queue(statusFilter, overdue, null).stream()
                .filter(c -> typeFilter == null || c.type() == typeFilter)
                // Unverified requests wait for the DPO's check, not for work: listed when asked for.
                .filter(c -> unverified || statusFilter == CaseStatus.RECEIVED || c.status() != CaseStatus.RECEIVED)
                .map(this::row)
                .toList();
        return page.render(queue, "queue")
                .data("rows", rows)
                .data("statuses", names(CaseStatus.values()))
                .data("types", names(RequestType.values()))
                .data("status", statusFilter == null ? "" : statusFilter.name())
                .data("type", typeFilter == null ? "" : typeFilter.name())
                .data("overdue", overdue)
                .data("unverified", unverified);
    }

    @GET
    @Path("/cases/new")
    @RolesAllowed("dpo")
    public TemplateInstance form() {
        return newCaseForm(null);
    }

    @POST
    @Path("/cases")
    @RolesAllowed("dpo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object open(@RestForm String type, @RestForm String channel, @RestForm String name,
                       @RestForm String email, @RestForm String username, @RestForm String phone,
                       @RestForm String details, @RestForm String rectificationField,
                       @RestForm String rectificationValue) {
        var requestType = parse(RequestType.class, type);
        if (requestType == null || !CHANNELS.contains(channel)) {
            return newCaseForm(page.text().get("new.error.required"));
        }
        var rectification = requestType == RequestType.RECTIFICATION
                ? new Rectification(blankToNull(rectificationField), blankToNull(rectificationValue)) : null;
        try {
            var view = desk.open(new CreateCaseRequest(requestType, new Identifiers(blankToNull(name),
                    blankToNull(email), blankToNull(username), blankToNull(phone)), null, channel,
                    blankToNull(details), rectification), page.user());
            return Response.seeOther(URI.create("/portal/cases/" + view.id())).build();
        } catch (ProblemException e) {
            return newCaseForm(e.getMessage());
        }
    }

    private TemplateInstance newCaseForm(String error) {
        return page.render(newCase, "new")
                .data("types", names(RequestType.values()))
                .data("channels", CHANNELS)
                .data("error", error);
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

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value.toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> ProblemException.badRequest("Unknown " + type.getSimpleName() + " '" + value + "'."));
    }
}
