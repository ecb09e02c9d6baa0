package fi.servicedesk.ingest.api.webhooks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

import java.io.IOException;
import java.time.Instant;

/**
 * Values a webhook body may hold in JSON but the register cannot store: a time outside years
 * 1–9999 (PostgreSQL's timestamptz ends in 294276, Java's Instant much later, and no contact happened
 * before the year 1) and a string holding U+0000 (PostgreSQL text cannot hold it; no platform sends
 * it). Each is refused while parsing, so it is a 400 "Malformed JSON" that stores nothing, not a
 * failure at commit (issue #3, found by WebhookFuzzTest).
 */
final class WebhookValues {

    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private WebhookValues() {
    }

    static SimpleModule module() {
        return new SimpleModule("webhook-values")
                .addDeserializer(Instant.class, new StorableInstant())
                .addDeserializer(String.class, new StorableString());
    }

    private static final class StorableInstant extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            var instant = InstantDeserializer.INSTANT.deserialize(parser, context);
            if (instant != null && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
                throw context.weirdStringException(parser.getText(), Instant.class, "a time between the years 1 and 9999");
            }
            return instant;
        }
    }

    private static final class StorableString extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            var value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw context.weirdStringException(value, String.class, "a string without U+0000");
            }
            return value;
        }
    }
}
