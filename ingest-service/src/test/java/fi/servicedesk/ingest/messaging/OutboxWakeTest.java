package fi.servicedesk.ingest.messaging;

import fi.servicedesk.ingest.Chats;
import fi.servicedesk.ingest.events.Topics;
import fi.servicedesk.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** DESIGN §3: a committed outbox row goes out at once, not only when the relay's schedule comes round. */
@QuarkusTest
@TestProfile(OutboxWakeTest.NoSchedule.class)
class OutboxWakeTest {

    @Test
    void aCapturedMessageIsPublishedOnCommitWithTheScheduledRelayOff() {
        var text = "Tulostin ei tulosta " + UUID.randomUUID();
        Chats.newPerson().says("conv-" + UUID.randomUUID(), text);

        var captured = KafkaTestClient.await(Topics.INTERACTIONS, r -> r.value().contains(text), 1, Duration.ofSeconds(20));
        assertEquals(1, captured.size(), "published by the wake-up after the commit; the schedule is off");
    }

    public static class NoSchedule implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("servicedesk.outbox.relay-every", "off");
        }
    }
}
