package fi.servicedesk.ingest.api.webhooks;

import fi.servicedesk.ingest.config.IngestConfig;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CompletionStage;

/**
 * The chat and telephony webhooks that are stored answered by a plain Vert.x route, ahead of the
 * HTTP security filters, Quarkus REST's routing and the resources' security interceptor, which a
 * webhook authenticated by its signature does not need; the route calls what the resources call
 * ({@link StoredWebhooks}), so the signature, parsing, validation and group commit are theirs (R6.1).
 *
 * <p>The route takes only what a resource would take as it comes: a POST to the exact path with a
 * JSON body whose declared Content-Length is within {@code quarkus.rest.input-buffer-size}, an
 * Accept that allows JSON and no Expect. Anything else goes on to Quarkus REST untouched. A request refused here
 * (a bad signature, bad JSON, invalid fields, a failed capture) also goes on to Quarkus REST, with
 * the body already read, so that Quarkus REST answers it once more in full: the same
 * problem+json, the same rejection metric, and the same answer for a failure the capture repeats.
 */
@ApplicationScoped
public class DirectWebhookRoutes {

    /** Before every filter Quarkus installs (CORS 300, authentication 200, authorization 100). */
    private static final int BEFORE_QUARKUS_FILTERS = -1_000;
    private static final String JSON = "application/json";
    /** What Quarkus REST writes for the resource's {@code @Produces(APPLICATION_JSON)} String. */
    private static final String ANSWER_TYPE = "application/json;charset=UTF-8";

    /** What one webhook path does with a request ({@link StoredWebhooks}). */
    @FunctionalInterface
    interface Receiver {
        CompletionStage<String> receive(WebhookHeaders headers, byte[] body) throws IOException;
    }

    void install(@Observes Router router, IngestConfig config, StoredWebhooks webhooks,
                 @ConfigProperty(name = "quarkus.rest.input-buffer-size", defaultValue = "10k") MemorySize inputBuffer) {
        if (!config.webhooks().directRoute()) {
            return;
        }
        // A larger body Quarkus REST reads as a stream on a worker thread; it is left to it.
        long maxLength = Math.min(config.webhooks().maxBodySize().asLongValue(), inputBuffer.asLongValue());
        route(router, "/webhooks/chat", maxLength, webhooks::chat);
        route(router, "/webhooks/telephony", maxLength, webhooks::telephony);
    }

    private static void route(Router router, String path, long maxLength, Receiver receiver) {
        router.post(path).order(BEFORE_QUARKUS_FILTERS).handler(context -> {
            if (!takes(context, path, maxLength)) {
                context.next();
                return;
            }
            var vertxContext = Vertx.currentContext();
            var request = context.request();
            request.body().onComplete(read -> {
                if (read.failed()) {
                    context.fail(read.cause());
                } else {
                    receive(context, vertxContext, receiver, read.result());
                }
            });
            request.resume();
        });
    }

    private static void receive(RoutingContext context, Context vertxContext, Receiver receiver, Buffer body) {
        var headers = context.request().headers();
        CompletionStage<String> answer;
        try {
            answer = receiver.receive(new WebhookHeaders(headers.get(WebhookHeaders.ID), headers.get(WebhookHeaders.TIMESTAMP),
                    headers.get(WebhookHeaders.SIGNATURE)), body.getBytes());
        } catch (Exception refused) {
            toQuarkusRest(context, body);
            return;
        }
        answer.whenComplete((json, failure) -> {
            if (failure == null) {
                context.response().putHeader(HttpHeaders.CONTENT_TYPE, ANSWER_TYPE).end(json);
            } else {
                vertxContext.runOnContext(ignored -> toQuarkusRest(context, body));
            }
        });
    }

    /** Quarkus REST reads a body already read from the routing context. */
    @SuppressWarnings("deprecation") // RoutingContext.setBody: how a body handler hands a body on
    private static void toQuarkusRest(RoutingContext context, Buffer body) {
        context.setBody(body);
        context.next();
    }

    /** What the resource method takes without a word from Quarkus REST, and the body small enough to read here. */
    private static boolean takes(RoutingContext context, String path, long maxLength) {
        var headers = context.request().headers();
        return path.equals(context.normalizedPath())
                && headers.get(HttpHeaders.EXPECT) == null // 100-continue is Quarkus' to answer
                && isJson(headers.get(HttpHeaders.CONTENT_TYPE))
                && acceptsJson(headers.get(HttpHeaders.ACCEPT))
                && withinLength(headers.get(HttpHeaders.CONTENT_LENGTH), maxLength);
    }

    /** "application/json", with any parameters ("; charset=UTF-8"): what {@code @Consumes(APPLICATION_JSON)} takes. */
    static boolean isJson(String contentType) {
        if (contentType == null || !contentType.regionMatches(true, 0, JSON, 0, JSON.length())) {
            return false;
        }
        var rest = contentType.substring(JSON.length()).stripLeading();
        return rest.isEmpty() || rest.charAt(0) == ';';
    }

    /** No Accept, or one that names JSON or anything: others are left to Quarkus REST's negotiation. */
    static boolean acceptsJson(String accept) {
        if (accept == null) {
            return true;
        }
        var value = accept.strip().toLowerCase(Locale.ROOT);
        return value.equals("*/*") || value.equals(JSON);
    }

    private static boolean withinLength(String contentLength, long maxLength) {
        if (contentLength == null) {
            return false;
        }
        try {
            long length = Long.parseLong(contentLength.trim());
            return length >= 0 && length <= maxLength;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
