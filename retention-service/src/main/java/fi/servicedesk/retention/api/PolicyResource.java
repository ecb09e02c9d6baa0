package fi.servicedesk.retention.api;

import fi.servicedesk.retention.domain.Category;
import fi.servicedesk.retention.policy.RetentionPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;

@Path("/api/v1/policy")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    private final RetentionPolicy policy;

    PolicyResource(RetentionPolicy policy) {
        this.policy = policy;
    }

    @GET
    @RolesAllowed({"dpo", "auditor"})
    public PolicyView policy() {
        var lines = Arrays.stream(Category.values())
                .map(c -> new PolicyView.Line(c.code(), policy.period(c).toString(), c.requirement(), c.reason()))
                .toList();
        var owners = policy.owners().entrySet().stream()
                .map(e -> new PolicyView.Owner(e.getKey(), e.getValue().stream().map(Category::code).toList()))
                .toList();
        return new PolicyView(lines, owners);
    }
}
