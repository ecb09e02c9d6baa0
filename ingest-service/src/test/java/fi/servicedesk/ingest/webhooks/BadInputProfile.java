package fi.servicedesk.ingest.webhooks;

import fi.servicedesk.ingest.transcription.FakeSubcontractor;
import io.quarkus.test.junit.QuarkusTestProfile;

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

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("ingest.recordings.max-bytes", "1M", "ingest.webhooks.max-body-size", "256K");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeSubcontractor.class));
    }
}
