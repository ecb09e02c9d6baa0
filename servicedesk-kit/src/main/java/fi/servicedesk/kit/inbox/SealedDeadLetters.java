package fi.servicedesk.kit.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.kit.outbox.PayloadSeal;
import fi.servicedesk.kit.problem.Problem;
import io.quarkus.logging.Log;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Dead letters that travel sealed (issue 12, R9.3): a record that can never be applied may carry
 * personal data, and a dead-letter topic keeps it for days where no erasure reaches it. In a service
 * with a {@link PayloadSeal} the dead letter's value is {@code {"sealed":"<base64>"}}, the record's
 * data sealed under {@link PayloadSeal#DEAD_LETTERS} (a key derived from one of the service's
 * Secrets), and its {@code ce_deadlettersealed} header says so; its outbox row holds that ciphertext
 * only. An operator opens one on the management interface (its own port, never routed from outside
 * the cluster): {@code POST /q/dead-letters/open} with the record's value as the body answers the
 * data as it came; each opening is logged. A service without a PayloadSeal (its records carry no
 * personal data) dead-letters in clear.
 */
@ApplicationScoped
public class SealedDeadLetters {

    /** The CloudEvents extension that marks a sealed dead letter; its value is the key reference. */
    public static final String EXTENSION = "deadlettersealed";

    /** A dead letter is at most a record the broker took (message.max.bytes), far below this. */
    private static final long MAX_BODY = 16L * 1024 * 1024;

    private final Instance<PayloadSeal> seal;
    private final ObjectMapper json;

    SealedDeadLetters(Instance<PayloadSeal> seal, ObjectMapper json) {
        this.seal = seal;
        this.json = json;
    }

    /** Whether this service seals its dead letters (it has a PayloadSeal). */
    public boolean seals() {
        return seal.isResolvable();
    }

    /** The dead letter's value for {@code data}: {@code {"sealed":"<base64>"}}. */
    public String seal(String data) {
        var sealed = seal.get().seal(PayloadSeal.DEAD_LETTERS, data.getBytes(StandardCharsets.UTF_8));
        return "{\"sealed\":\"" + Base64.getEncoder().encodeToString(sealed) + "\"}";
    }

    /** The data a dead letter's value sealed; IllegalArgumentException when it is not one of this service's. */
    public String open(String value) {
        try {
            var sealed = json.readTree(value).path("sealed");
            if (!sealed.isTextual()) {
                throw new IllegalArgumentException("Not a sealed dead letter: no \"sealed\" text.");
            }
            var plain = seal.get().open(PayloadSeal.DEAD_LETTERS, Base64.getDecoder().decode(sealed.textValue()))
                    .orElseThrow(() -> new IllegalArgumentException("The dead letters' key is gone."));
            return new String(plain, StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a sealed dead letter: not JSON.", e);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("Not sealed by this service's dead-letter key.", e);
        }
    }

    void register(@Observes ManagementInterface management) {
        if (seals()) {
            management.router().post("/q/dead-letters/open").handler(BodyHandler.create().setBodyLimit(MAX_BODY))
                    .blockingHandler(this::open);
        }
    }

    private void open(RoutingContext context) {
        try {
            var data = open(context.body().asString(StandardCharsets.UTF_8.name()));
            Log.infof("A dead letter was opened on the management interface from %s", context.request().remoteAddress());
            context.response().putHeader("Content-Type", "application/json").end(data);
        } catch (IllegalArgumentException e) {
            try {
                context.response().setStatusCode(400).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(json.writeValueAsString(new Problem("about:blank", "Bad request", 400, e.getMessage(), null, null)));
            } catch (JsonProcessingException unexpected) {
                context.fail(unexpected);
            }
        }
    }

    /** The extensions of a sealed dead letter: those given and the mark. */
    static Map<String, String> marked(Map<String, String> extensions) {
        var all = new HashMap<>(extensions);
        all.put(EXTENSION, PayloadSeal.DEAD_LETTERS);
        return Map.copyOf(all);
    }
}
