package fi.servicedesk.rights.portal;

import fi.servicedesk.kit.problem.ProblemException;
import fi.servicedesk.rights.cases.CreateCaseRequest;
import fi.servicedesk.rights.cases.CaseDesk;
import fi.servicedesk.rights.domain.Identifiers;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;

/** The form by which the DPO records a request received by e-mail, phone, letter or web form (R10). */
@Path("/portal/cases/new")
@Produces(MediaType.TEXT_HTML)
public class PortalNewRequest {

    /** How a request can reach the DPO; recorded on the case as its channel. */
    static final List<String> CHANNELS = List.of("email", "phone", "letter", "web-form");

    private final CaseDesk desk;
    private final PortalPage page;
    private final Template newCase;

    PortalNewRequest(CaseDesk desk, PortalPage page, @Location("portal/new-case.html") Template newCase) {
        this.desk = desk;
        this.page = page;
        this.newCase = newCase;
    }

    @GET
    @RolesAllowed("dpo")
    public TemplateInstance form() {
        return newCaseForm(null);
    }

    @POST
    @RolesAllowed("dpo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object open(@RestForm String type, @RestForm String channel, @RestForm String name,
                       @RestForm String email, @RestForm String username, @RestForm String phone,
                       @RestForm String details, @RestForm String rectificationField,
                       @RestForm String rectificationValue) {
        var requestType = FormValues.parse(RequestType.class, type);
        if (requestType == null || !CHANNELS.contains(channel)) {
            return newCaseForm(page.text().get("new.error.required"));
        }
        var rectification = requestType == RequestType.RECTIFICATION
                ? new Rectification(FormValues.blankToNull(rectificationField), FormValues.blankToNull(rectificationValue)) : null;
        try {
            var view = desk.open(new CreateCaseRequest(requestType, new Identifiers(FormValues.blankToNull(name),
                    FormValues.blankToNull(email), FormValues.blankToNull(username), FormValues.blankToNull(phone)), null, channel,
                    FormValues.blankToNull(details), rectification), page.user());
            return Response.seeOther(URI.create("/portal/cases/" + view.id())).build();
        } catch (ProblemException e) {
            return newCaseForm(e.getMessage());
        }
    }

    private TemplateInstance newCaseForm(String error) {
        return page.render(newCase, "new")
                .data("types", FormValues.names(RequestType.values()))
                .data("channels", CHANNELS)
                .data("error", error);
    }
}
