package fi.servicedesk.ingest.api.webhooks;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.ingest.domain.WebhookSource;
import fi.servicedesk.kit.problem.ProblemException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.io.IOException;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * What every JSON webhook does before it stores anything: the signature over the raw body
 * (R6.1), then the body parsed and validated; each failure leaves as its problem response.
 */
@Singleton
public class SignedJson {

    private final WebhookVerifier verifier;
    private final ObjectMapper json;
    private final Validator validator;

    SignedJson(WebhookVerifier verifier, ObjectMapper json, ValidatorFactory validation) {
        this.verifier = verifier;
        this.json = json.copy().registerModule(WebhookValues.module());
        this.validator = validation.usingContext().traversableResolver(new EveryPropertyReachable()).getValidator();
    }

    /**
     * Verifies, parses and validates the body, hands it to {@code store} (false: a repeated
     * webhook-id, nothing stored) and returns the webhook's answer as JSON text.
     */
    public <T> String receive(WebhookSource source, WebhookHeaders headers, byte[] body, Class<T> type,
                                           BiPredicate<String, T> store) throws IOException {
        var event = verified(source, headers, body, type);
        return answer(headers.id(), store.test(headers.id(), event));
    }

    /**
     * As {@link #receive}, for a store that answers once its transaction has committed
     * ({@code capture/GroupCommit}): no thread waits for the commit, the answer follows it.
     */
    public <T> CompletionStage<String> receiveWhenStored(
            WebhookSource source, WebhookHeaders headers, byte[] body, Class<T> type,
            BiFunction<String, T, CompletionStage<Boolean>> store) throws IOException {
        var event = verified(source, headers, body, type);
        return store.apply(headers.id(), event).thenApply(stored -> answer(headers.id(), stored));
    }

    private <T> T verified(WebhookSource source, WebhookHeaders headers, byte[] body, Class<T> type) throws IOException {
        verifier.verify(source, headers, body);
        var event = json.readValue(body, type);
        if (event == null) {
            throw new ProblemException(400, "Malformed JSON", "The body is JSON null, not an event.");
        }
        var violations = validator.validate(event);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return event;
    }

    /** Written as it is: no serialiser is looked up and run for each webhook's two fields. */
    private static String answer(String webhookId, boolean stored) {
        return "{\"webhookId\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(webhookId))
                + "\",\"duplicate\":" + !stored + "}";
    }
}
