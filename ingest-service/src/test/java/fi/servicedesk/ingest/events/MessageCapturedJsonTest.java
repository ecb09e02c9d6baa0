package fi.servicedesk.ingest.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The JSON the event writes itself is the JSON Jackson writes for the record, as Quarkus configures it. */
class MessageCapturedJsonTest {

    private static final ObjectMapper JACKSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void writesWhatJacksonWritesForAFullEvent() throws IOException {
        assertSameJson(new MessageCaptured(UUID.randomUUID(), UUID.randomUUID(), "CHAT", 7, "END_USER", "fi",
                "Hei \"kaikki\" \\ ääkköset \u0001 ja rivi\nvaihto", Instant.parse("2026-12-02T01:02:03.123456789Z"),
                Instant.parse("2026-12-02T01:02:04Z"),
                new MessageCaptured.SubjectIdentifiers("Matti Meikäläinen", "matti@example.fi", "mmeik", "+358401234567"),
                "Agentti Ansa"));
    }

    @Test
    void writesNullsAsJacksonDoes() throws IOException {
        assertSameJson(new MessageCaptured(UUID.randomUUID(), UUID.randomUUID(), "PHONE", 1, "AGENT", null, "",
                Instant.parse("2026-12-02T01:02:03.100Z"), Instant.parse("2026-12-02T01:02:03.120Z"),
                new MessageCaptured.SubjectIdentifiers(null, null, null, null), null));
        assertSameJson(new MessageCaptured(UUID.randomUUID(), UUID.randomUUID(), "CHAT", 2, "BOT", "en", "x",
                Instant.EPOCH, Instant.EPOCH, null, null));
    }

    private static void assertSameJson(MessageCaptured event) throws IOException {
        var written = new StringWriter();
        try (var generator = JACKSON.getFactory().createGenerator(written)) {
            event.writeJson(generator);
        }
        assertEquals(jackson(event), written.toString());
    }

    private static String jackson(MessageCaptured event) throws JsonProcessingException {
        return JACKSON.writeValueAsString(event);
    }
}
