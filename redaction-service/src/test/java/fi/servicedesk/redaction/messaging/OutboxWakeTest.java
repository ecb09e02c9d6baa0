package fi.servicedesk.redaction.messaging;

import fi.servicedesk.redaction.events.RequestAnswered;
import fi.servicedesk.redaction.events.RightsRequested;
import fi.servicedesk.redaction.events.Topics;
import fi.servicedesk.testsupport.CommandContract;
import fi.servicedesk.testsupport.ContractCatalog;
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

    private static final String EXAMPLE_REQUEST_ID = "5f1e9c3a-2b7d-4c8e-9a01-3d5b7f9e1c22";

    @Test
    void anAnswerIsPublishedOnCommitWithTheScheduledRelayOff() {
        var requestId = UUID.randomUUID().toString();
        var data = ContractCatalog.example(RightsRequested.ERASURE).replace(EXAMPLE_REQUEST_ID, requestId)
                .replaceFirst("\"subject\": \\{[^}]*}",
                        "\"subject\": " + CommandContract.subjectJson("nobody-" + requestId + "@example.com", null, null, null));
        KafkaTestClient.sendCloudEvent("privacy.requests.v1", requestId, UUID.randomUUID().toString(),
                RightsRequested.ERASURE, data);

        var answers = KafkaTestClient.await(Topics.PRIVACY_REPLIES, r -> requestId.equals(r.key()), 1, Duration.ofSeconds(20));
        assertEquals(1, answers.size(), "published by the wake-up after the commit; the schedule is off");
        assertEquals(RequestAnswered.TYPE, KafkaTestClient.header(answers.getFirst(), "ce_type"));
    }

    public static class NoSchedule implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("servicedesk.outbox.relay-every", "off");
        }
    }
}
