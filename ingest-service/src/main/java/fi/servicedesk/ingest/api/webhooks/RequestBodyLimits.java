package fi.servicedesk.ingest.api.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.ingest.config.IngestConfig;
import fi.servicedesk.kit.problem.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.regex.Pattern;

/**
 * One body-size limit per path, where Quarkus has one for all ({@code quarkus.http.limits.max-body-size},
 * set to the recording limit so a recording can pass): a recording upload may be
 * {@code ingest.recordings.max-bytes}, any other body {@code ingest.webhooks.max-body-size}. A declared
 * Content-Length over the limit gets 413 before a byte of the body is read; a body without one is
 * cut off as it streams (Quarkus REST's input stream for other paths, RecordingUpload for recordings).
 */
@ApplicationScoped
public class RequestBodyLimits {

    /** Where Quarkus REST's input stream finds the limit for a body without Content-Length. */
    static final String STREAMING_LIMIT = "io.quarkus.max-request-size";
    private static final String TOO_LARGE = "Request body too large";
    private static final Pattern RECORDING_UPLOAD = Pattern.compile("/webhooks/telephony/calls/[^/]+/recording");
    /** Quarkus' own check runs at order -2: ours before it (declared length) and after it (streaming limit). */
    private static final int BEFORE_QUARKUS = -3;
    private static final int AFTER_QUARKUS = -1;

    void install(@Observes Router router, IngestConfig config, ObjectMapper json, WebhookRejections rejections) {
        long recordingLimit = config.recordings().maxBytes().asLongValue();
        long otherLimit = config.webhooks().maxBodySize().asLongValue();
        router.route().order(BEFORE_QUARKUS).handler(context -> {
            long limit = isRecordingUpload(context) ? recordingLimit : otherLimit;
            var declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && declaredLength(declared) > limit) {
                // Counted before the answer leaves: whoever reads the metric after the 413 finds it.
                rejections.refused(context.normalizedPath(), TOO_LARGE, 413);
                refuse(context, json, limit);
            } else {
                context.next();
            }
        });
        router.route().order(AFTER_QUARKUS).handler(context -> {
            if (context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
                if (isRecordingUpload(context)) {
                    context.remove(STREAMING_LIMIT);
                } else {
                    context.put(STREAMING_LIMIT, otherLimit);
                    countBareRefusal(context, rejections);
                }
            }
            context.next();
        });
    }

    /**
     * Quarkus REST's input stream answers a body past the limit itself, with a bare 413 that no
     * response filter sees; counted here so the metric misses no refusal. (It carries no problem body.)
     */
    private static void countBareRefusal(RoutingContext context, WebhookRejections rejections) {
        context.addHeadersEndHandler(ended -> {
            var response = context.response();
            if (response.getStatusCode() == 413 && response.headers().get(HttpHeaders.CONTENT_TYPE) == null) {
                rejections.refused(context.normalizedPath(), TOO_LARGE, 413);
            }
        });
    }

    private static boolean isRecordingUpload(RoutingContext context) {
        return context.request().method() == HttpMethod.PUT && RECORDING_UPLOAD.matcher(context.normalizedPath()).matches();
    }

    /** A Content-Length that is not a number is left for the HTTP layer to refuse. */
    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static void refuse(RoutingContext context, ObjectMapper json, long limit) {
        String body;
        try {
            body = json.writeValueAsString(new Problem("about:blank", TOO_LARGE, 413,
                    "The body may be at most " + limit + " bytes; nothing was read or stored.", null, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // The unread body would otherwise be the start of the next request on this connection.
        context.response().endHandler(ended -> context.request().connection().close());
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
