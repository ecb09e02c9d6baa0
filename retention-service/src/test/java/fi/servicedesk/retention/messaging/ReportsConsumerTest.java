package fi.servicedesk.retention.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.testsupport.ContractCatalog;
import fi.servicedesk.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
class ReportsConsumerTest {

    private static final String TOPIC = "retention.reports.v1";

    @Inject
    ObjectMapper json;

    @Test
    void everyOwnersContractExampleParsesIntoAReport() throws Exception {
        for (var type : SweepCompleted.TYPES) {
            var report = json.readValue(ContractCatalog.example(type), SweepCompleted.class);
            assertEquals(UUID.fromString("9d5e1f7a-6b2c-4d4e-8f5a-7b9c1d3e5f66"), report.sweepId());
            assertFalse(report.categories().isEmpty(), type);
        }
    }

    @Test
    void sweepRequestedMatchesItsContractExample() throws Exception {
        var example = ContractCatalog.example(SweepRequested.TYPE);
        ContractCatalog.assertValid(SweepRequested.TYPE, json.writeValueAsString(json.readValue(example, SweepRequested.class)));
    }

    @Test
    void aPoisonReportGoesToTheDeadLetterTopicAndAReportOfAnUnknownSweepIsSkipped() {
        var type = "fi.servicedesk.rights.sweep-completed.v1";
        // The example answers a sweep this database never started: consumed and ignored, not dead-lettered.
        var unknownId = UUID.randomUUID().toString();
        KafkaTestClient.sendCloudEvent(TOPIC, "k", unknownId, type, ContractCatalog.example(type));
        var poisonId = UUID.randomUUID().toString();
        KafkaTestClient.sendRaw(TOPIC, "k", Map.of("ce_id", poisonId, "ce_type", type, "ce_specversion", "1.0",
                "ce_source", "urn:test"), "{not json");

        var dead = KafkaTestClient.await("servicedesk.dlq.retention-service",
                r -> poisonId.equals(KafkaTestClient.header(r, "ce_deadletterid")) || unknownId.equals(KafkaTestClient.header(r, "ce_deadletterid")),
                2, Duration.ofSeconds(15));
        assertEquals(1, dead.size());
        assertEquals(poisonId, KafkaTestClient.header(dead.getFirst(), "ce_deadletterid"));
    }
}
