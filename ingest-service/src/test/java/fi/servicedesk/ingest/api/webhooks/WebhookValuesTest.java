package fi.servicedesk.ingest.api.webhooks;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WebhookValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01T23:21:06Z", "2026-12-01T23:21:06.1Z", "2026-12-01T23:21:06.123Z",
            "2026-12-01T23:21:06.123456Z", "2026-12-01T23:21:06.123456789Z", "2024-02-29T00:00:00.000000001Z",
            "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z", "1969-12-31T23:59:59.5Z"})
    void theFormPlatformsSendIsReadAsInstantParseReadsIt(String text) {
        assertEquals(Instant.parse(text), WebhookValues.utc(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01T23:21:06.Z", "2026-12-01T23:21:06.1234567890Z", "2026-12-01T23:21:06+02:00",
            "2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-12-01T24:00:00Z", "2026-12-01T23:60:00Z",
            "2026-12-01T23:59:60Z", "2026-12-01 23:21:06Z", "+2026-12-01T23:21:06Z", "2026-12-0AT23:21:06Z",
            "2026-12-01t23:21:06z", "1796167654"})
    void anyOtherTextIsLeftToJackson(String text) {
        assertNull(WebhookValues.utc(text));
    }
}
