package fi.servicedesk.rights.portal;

import io.quarkus.oidc.TenantResolver;
import io.quarkus.oidc.runtime.OidcUtils;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which OIDC tenant checks a request: the portal's pages are signed in through the browser
 * session (tenant {@code dpo-portal}, authorization code with PKCE); a request that brings a bearer
 * token, anywhere, is checked as an API call by the default tenant, for this service's audience.
 */
@ApplicationScoped
public class PortalTenant implements TenantResolver {

    /** The {@code quarkus.oidc.dpo-portal.*} tenant. */
    static final String TENANT = "dpo-portal";

    private final boolean portalEnabled;

    PortalTenant(@ConfigProperty(name = "portal.enabled") boolean portalEnabled) {
        this.portalEnabled = portalEnabled;
    }

    @Override
    public String resolve(RoutingContext context) {
        var path = context.normalizedPath();
        var isPortal = path.equals("/portal") || path.startsWith("/portal/");
        var bearer = context.request().getHeader("Authorization") != null;
        return portalEnabled && isPortal && !bearer ? TENANT : OidcUtils.DEFAULT_TENANT_ID;
    }
}
