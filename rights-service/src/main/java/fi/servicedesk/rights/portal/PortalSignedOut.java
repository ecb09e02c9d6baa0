package fi.servicedesk.rights.portal;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Where sign-out lands, once the provider's session has ended too: no session needed to see it. */
@Path("/portal/signed-out")
public class PortalSignedOut {

    private final PortalPage page;
    private final Template template;

    PortalSignedOut(PortalPage page, @Location("portal/signed-out.html") Template template) {
        this.page = page;
        this.template = template;
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return template.data("t", page.text()).data("lang", page.text().language());
    }
}
