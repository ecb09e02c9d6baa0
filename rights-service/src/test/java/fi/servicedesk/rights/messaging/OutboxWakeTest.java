package fi.servicedesk.rights.messaging;

import fi.servicedesk.rights.Dpo;
import fi.servicedesk.rights.events.Topics;
import fi.servicedesk.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** DESIGN §3: a committed outbox row goes out at once, not only when the relay's schedule comes round. */
@QuarkusTest
@TestProfile(OutboxWakeTest.NoSchedule.class)
class OutboxWakeTest {

    @Test
    void aCommandIsPublishedOnCommitWithTheScheduledRelayOff() {
        var id = Dpo.executing("ERASURE", Dpo.subject());

        var commands = KafkaTestClient.await(Topics.REQUESTS, r -> id.equals(r.key()), 1, Duration.ofSeconds(20));
        assertEquals(1, commands.size(), "published by the wake-up after the commit; the schedule is off");
    }

    public static class NoSchedule implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("servicedesk.outbox.relay-every", "off");
        }
    }
}
