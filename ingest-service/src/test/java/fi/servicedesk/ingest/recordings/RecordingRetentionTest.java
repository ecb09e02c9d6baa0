package fi.servicedesk.ingest.recordings;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.ingest.Chats;
import fi.servicedesk.ingest.events.SweepCompleted;
import fi.servicedesk.ingest.events.SweepRequested;
import fi.servicedesk.ingest.events.Topics;
import fi.servicedesk.ingest.telephony.Calls;
import fi.servicedesk.ingest.api.webhooks.SignedWebhook;
import fi.servicedesk.testsupport.ContractCatalog;
import fi.servicedesk.testsupport.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * R8.3: a recording expires on its own clock, before its contact, and its chunks go with it. The
 * recording is dated 2005 (before any other test's data) so the sweep's cut-offs touch nothing else.
 */
@QuarkusTest
class RecordingRetentionTest {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Test
    void anExpiredRecordingIsSweptWithItsChunksWhileItsContactStays() throws Exception {
        var callId = Calls.newCaller().calls();
        SignedWebhook.recording(Wavs.pcm(2_500_000, "x")).put(Calls.recordingPath(callId)).then().statusCode(200);
        var contactId = Chats.contactIdOf(entityManager, callId);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update recording set stored_at = :at where contact_id = :id")
                .setParameter("at", Instant.parse("2005-03-01T00:00:00Z")).setParameter("id", contactId).executeUpdate());
        var sweepId = UUID.randomUUID().toString();
        var request = ContractCatalog.example(SweepRequested.TYPE)
                .replace("9d5e1f7a-6b2c-4d4e-8f5a-7b9c1d3e5f66", sweepId)
                .replaceAll("20\\d\\d-\\d\\d-29T02:00:00Z", "2005-06-01T00:00:00Z");

        KafkaTestClient.sendCloudEvent("retention.sweeps.v1", sweepId, UUID.randomUUID().toString(), SweepRequested.TYPE, request);

        var reports = KafkaTestClient.await(Topics.RETENTION_REPORTS, r -> sweepId.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, reports.size());
        var recordings = json.readValue(reports.getFirst().value(), SweepCompleted.class).categories().stream()
                .filter(c -> c.category().equals("recording")).findFirst().orElseThrow();
        assertEquals(1, recordings.deleted());
        assertEquals(0L, count("select count(*) from recording where contact_id = '" + contactId + "'"));
        assertEquals(0L, count("select count(*) from recording_chunk c where not exists (select 1 from recording r where r.id = c.recording_id)"));
        assertEquals(1L, count("select count(*) from contact where id = '" + contactId + "'"), "the contact keeps its own clock (R8.1)");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
