package fi.servicedesk.ingest.api.webhooks;

import fi.servicedesk.ingest.Chats;
import fi.servicedesk.ingest.recordings.Wavs;
import fi.servicedesk.ingest.telephony.Calls;
import fi.servicedesk.ingest.transcription.FakeSubcontractor;
import fi.servicedesk.ingest.transcription.TranscriptionJob;
import fi.servicedesk.testsupport.PostgresTestDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Map;

/**
 * The bad-input tests' service: transcription on (so a callback has a real job to name) and small
 * body limits, so a body over them is quick to send: 1 MiB for a recording, 256 KiB for the rest
 * (still above the 64 KiB text limit, so an over-long text reaches validation).
 */
public class BadInputProfile implements QuarkusTestProfile {

    static final int RECORDING_LIMIT = 1 << 20;
    static final int BODY_LIMIT = 256 << 10;
    private static final String DATABASE = "ingest_bad_input_test";
    private static final String KEYS_DATABASE = "ingest_keys_bad_input_test";

    /**
     * Databases of their own: these tests count every row of the register, and another build's
     * test run cleaning the shared {@code ingest_test} at its start would count as ours.
     */
    @Override
    public Map<String, String> getConfigOverrides() {
        PostgresTestDatabase.ensureExists(DATABASE);
        PostgresTestDatabase.ensureExists(KEYS_DATABASE);
        return Map.of("ingest.recordings.max-bytes", "1M", "ingest.webhooks.max-body-size", "256K",
                "quarkus.datasource.jdbc.url", PostgresTestDatabase.jdbcUrl(DATABASE),
                "quarkus.datasource.keys.jdbc.url", PostgresTestDatabase.jdbcUrl(KEYS_DATABASE));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeSubcontractor.class));
    }

    /** A completed call whose recording is stored: its transcription job's token, for callbacks to name. */
    static String newJobToken(EntityManager entityManager) {
        var callId = Calls.newCaller().calls();
        SignedWebhook.recording(Wavs.pcm(4_000, "x")).put(Calls.recordingPath(callId)).then().statusCode(200);
        var contactId = Chats.contactIdOf(entityManager, callId);
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("from TranscriptionJob where contactId = :c", TranscriptionJob.class)
                .setParameter("c", contactId).getSingleResult().token);
    }
}
