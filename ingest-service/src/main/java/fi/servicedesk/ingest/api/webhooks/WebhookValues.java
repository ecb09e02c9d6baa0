package fi.servicedesk.ingest.api.webhooks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

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
    /** Nanoseconds in one unit of a fraction of n digits, by n (none: 0 digits). */
    private static final int[] NANOS_PER_UNIT = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private WebhookValues() {
    }

    static SimpleModule module() {
        return new SimpleModule("webhook-values")
                .addDeserializer(Instant.class, new StorableInstant())
                .addDeserializer(String.class, new StorableString());
    }

    /**
     * The form platforms send ({@code Instant.toString()}: {@code 2026-12-01T23:21:06.123Z}, up to
     * nine digits of fraction), read directly; null for any other text, which Jackson's
     * {@link InstantDeserializer} reads or refuses instead. Its formatter cost more than the rest
     * of a webhook's parsing.
     */
    static Instant utc(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || length == 21 || !at(text, 4, '-') || !at(text, 7, '-') || !at(text, 10, 'T')
                || !at(text, 13, ':') || !at(text, 16, ':') || !at(text, length - 1, 'Z')
                || (length > 20 && !at(text, 19, '.'))) {
            return null;
        }
        int year = digits(text, 0, 4), month = digits(text, 5, 7), day = digits(text, 8, 10);
        int hour = digits(text, 11, 13), minute = digits(text, 14, 16), second = digits(text, 17, 19);
        int fraction = length > 20 ? digits(text, 20, length - 1) : 0;
        if ((year | month | day | hour | minute | second | fraction) < 0 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            int nanos = fraction * NANOS_PER_UNIT[Math.max(0, length - 21)];
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
        } catch (DateTimeException noSuchDay) {
            return null;
        }
    }

    private static boolean at(String text, int index, char expected) {
        return text.charAt(index) == expected;
    }

    /** The decimal number of {@code text[from, to)}; -1 unless every character there is a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static final class StorableInstant extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            var utc = parser.hasToken(JsonToken.VALUE_STRING) ? utc(parser.getText()) : null;
            var instant = utc != null ? utc : InstantDeserializer.INSTANT.deserialize(parser, context);
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
