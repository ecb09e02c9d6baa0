package fi.servicedesk.kit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.kit.problem.Problem;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.UUID;
import java.util.function.Predicate;

/**
 * Parked rows on the management interface (its own port, never routed from outside the cluster):
 * {@code GET /q/outbox/parked}, {@code POST /q/outbox/parked/{id}/resend},
 * {@code DELETE /q/outbox/parked/{id}}.
 */
@ApplicationScoped
public class ParkedEventsRoutes {

    private final ParkedEvents parked;
    private final ObjectMapper json;

    ParkedEventsRoutes(ParkedEvents parked, ObjectMapper json) {
        this.parked = parked;
        this.json = json;
    }

    void register(@Observes ManagementInterface management) {
        var router = management.router();
        router.get("/q/outbox/parked").blockingHandler(this::list);
        router.post("/q/outbox/parked/:id/resend").blockingHandler(context -> act(context, parked::resend));
        router.delete("/q/outbox/parked/:id").blockingHandler(context -> act(context, parked::discard));
    }

    private void list(RoutingContext context) {
        try {
            context.response().putHeader("Content-Type", "application/json")
                    .end(json.writeValueAsString(parked.list()));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    private void act(RoutingContext context, Predicate<UUID> action) {
        UUID id;
        try {
            id = UUID.fromString(context.pathParam("id"));
        } catch (IllegalArgumentException e) {
            problem(context, 400, "Bad request", "Not an event id.");
            return;
        }
        if (action.test(id)) {
            context.response().setStatusCode(204).end();
        } else {
            problem(context, 404, "Not found", "No parked event " + id + ".");
        }
    }

    private void problem(RoutingContext context, int status, String title, String detail) {
        try {
            context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(new Problem("about:blank", title, status, detail, null, null)));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
