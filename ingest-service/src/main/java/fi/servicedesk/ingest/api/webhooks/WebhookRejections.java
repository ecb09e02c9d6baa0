package fi.servicedesk.ingest.api.webhooks;

import fi.servicedesk.ingest.domain.WebhookSource;
import fi.servicedesk.kit.problem.Problem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Arrays;
import java.util.Locale;

/**
 * Counts every refused webhook by source and reason ({@code ingest_webhooks_rejected_total}), so the
 * platform team sees a misconfigured secret, a replaying sender or a platform sending malformed
 * bodies before anyone asks where the data went (R6.1). The reason is the problem's title, which
 * names the cause ("invalid-webhook-signature", "malformed-json", "unknown-call", …). Refusals made
 * before Quarkus REST sees the request (a body over its path's limit) are counted where they are
 * made, through {@link #refused}.
 */
@Singleton
public class WebhookRejections {

    private static final String PREFIX = "webhooks/";

    private final MeterRegistry registry;

    WebhookRejections(MeterRegistry registry) {
        this.registry = registry;
    }

    @ServerResponseFilter
    public void count(ContainerRequestContext request, ContainerResponseContext response) {
        var title = response.getEntity() instanceof Problem problem ? problem.title() : null;
        refused(request.getUriInfo().getPath(), title, response.getStatus());
    }

    /** Counts a 4xx answer to a webhook path; anything else is not a refusal of bad input and is ignored. */
    public void refused(String path, String title, int status) {
        if (status < 400 || status >= 500) { // before any work on the path: most answers are no refusal
            return;
        }
        var relative = path.startsWith("/") ? path.substring(1) : path;
        if (!relative.startsWith(PREFIX)) {
            return;
        }
        counter(source(relative), reason(title, status), status).increment();
    }

    private Counter counter(String source, String reason, int status) {
        return Counter.builder("ingest.webhooks.rejected")
                .description("Webhook requests refused, by source and reason; none of them stored anything")
                .tag("source", source)
                .tag("reason", reason)
                .tag("status", Integer.toString(status))
                .register(registry);
    }

    /**
     * "webhooks/telephony/calls/x/recording" → "telephony"; a path of no known source is "other",
     * so callers cannot grow the metric's tags without bound.
     */
    private static String source(String path) {
        var rest = path.substring(PREFIX.length());
        var slash = rest.indexOf('/');
        var source = slash < 0 ? rest : rest.substring(0, slash);
        return Arrays.stream(WebhookSource.values()).anyMatch(s -> s.name().equalsIgnoreCase(source))
                ? source.toLowerCase(Locale.ROOT) : "other";
    }

    /** The title as a slug ("Malformed JSON" → "malformed-json"); titles are our own fixed set or HTTP reason phrases. */
    private static String reason(String title, int status) {
        if (title == null || title.isBlank()) {
            return "status-" + status;
        }
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
