package fi.servicedesk.ingest.api.webhooks;

import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Signs test requests the way a Standard Webhooks sender does. */
public final class SignedWebhook {

    public static final String CHAT_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    public static final String TELEPHONY_SECRET = "whsec_dGVsZXBob255LXRlc3Qtc2VjcmV0LTEyMzQ1Njc4";
    public static final String TRANSCRIPTION_SECRET = "whsec_dHJhbnNjcmlwdGlvbi10ZXN0LXNlY3JldC0xMjM0";

    private SignedWebhook() {
    }

    public static RequestSpecification chat(String body) {
        return signed(CHAT_SECRET, "msg_" + UUID.randomUUID(), Instant.now(), body);
    }

    public static RequestSpecification telephony(String body) {
        return signed(TELEPHONY_SECRET, "msg_" + UUID.randomUUID(), Instant.now(), body);
    }

    /** A recording upload: the raw audio, signed over its bytes with the telephony secret. */
    public static RequestSpecification recording(byte[] audio) {
        return signedBytes(TELEPHONY_SECRET, "msg_" + UUID.randomUUID(), audio, "audio/wav");
    }

    public static RequestSpecification signed(String secret, String id, Instant at, String body) {
        return given()
                .headers(headers(secret, id, at, body.getBytes(StandardCharsets.UTF_8)))
                .contentType("application/json")
                .body(body);
    }

    public static RequestSpecification signedBytes(String secret, String id, byte[] body, String contentType) {
        return given()
                .headers(headers(secret, id, Instant.now(), body))
                .contentType(contentType)
                .body(body);
    }

    /** The three Standard Webhooks headers of a body signed with this secret. */
    public static java.util.Map<String, String> headers(String secret, String id, Instant at, byte[] body) {
        var timestamp = Long.toString(at.getEpochSecond());
        var key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        var signature = Base64.getEncoder().encodeToString(WebhookSignature.sign(key, id, timestamp, body));
        return java.util.Map.of(WebhookHeaders.ID, id, WebhookHeaders.TIMESTAMP, timestamp,
                WebhookHeaders.SIGNATURE, "v1," + signature);
    }
}
