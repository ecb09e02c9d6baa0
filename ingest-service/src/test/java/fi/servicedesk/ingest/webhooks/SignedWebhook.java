package fi.servicedesk.ingest.webhooks;

import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Signs test requests the way a Standard Webhooks sender does. */
public final class SignedWebhook {

    public static final String CHAT_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private SignedWebhook() {
    }

    public static RequestSpecification chat(String body) {
        return signed(CHAT_SECRET, "msg_" + UUID.randomUUID(), Instant.now(), body);
    }

    public static RequestSpecification signed(String secret, String id, Instant at, String body) {
        var timestamp = Long.toString(at.getEpochSecond());
        var key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        var signature = Base64.getEncoder().encodeToString(
                WebhookSignature.sign(key, id, timestamp, body.getBytes(StandardCharsets.UTF_8)));
        return given()
                .contentType("application/json")
                .header(WebhookHeaders.ID, id)
                .header(WebhookHeaders.TIMESTAMP, timestamp)
                .header(WebhookHeaders.SIGNATURE, "v1," + signature)
                .body(body);
    }
}
