package fi.servicedesk.ingest.api.webhooks;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which requests the direct route takes; the rest, Quarkus REST answers as before (BadInputTest, WebhookFuzzTest). */
class DirectWebhookRoutesTest {

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "Application/JSON", "application/json; charset=ISO-8859-1",
            "application/json;charset=UTF-8", "application/json ;charset=UTF-8"})
    void aJsonBodyIsTaken(String contentType) {
        assertTrue(DirectWebhookRoutes.isJson(contentType));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "text/plain", "application/jsonx", "application/json-patch+json", "application/xml",
            "application/problem+json", "json"})
    void anyOtherContentTypeIsLeftToQuarkusRest(String contentType) {
        assertFalse(DirectWebhookRoutes.isJson(contentType));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/json", " Application/Json "})
    void anAcceptOfJsonOrAnythingIsTaken(String accept) {
        assertTrue(DirectWebhookRoutes.acceptsJson(accept));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/json;q=0", "text/html, */*;q=0.1"})
    void anyOtherAcceptIsLeftToQuarkusRestsNegotiation(String accept) {
        assertFalse(DirectWebhookRoutes.acceptsJson(accept));
    }
}
