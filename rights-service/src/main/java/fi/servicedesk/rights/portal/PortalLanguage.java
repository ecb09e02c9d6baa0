package fi.servicedesk.rights.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The language switch: overrides the browser's language for the portal, for a year, and goes back to the page. */
@Path("/portal/language")
public class PortalLanguage {

    @GET
    @RolesAllowed({"dpo", "auditor"})
    public Response choose(@QueryParam("lang") String language, @QueryParam("back") String back) {
        var target = back != null && back.startsWith("/portal") && !back.startsWith("//") ? back : "/portal";
        var builder = Response.seeOther(URI.create(target));
        if (language != null && PortalText.LANGUAGES.contains(language)) {
            builder.cookie(new NewCookie.Builder(PortalPage.LANGUAGE_COOKIE).value(language).path("/portal")
                    .maxAge(365 * 24 * 3600).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
        }
        return builder.build();
    }
}
