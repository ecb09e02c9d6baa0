package fi.servicedesk.ingest.transcription;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Transcription is off unless configured: a recording then stays where it is, with no job. */
@QuarkusTest
class TranscriptionDisabledTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aRecordingStoredWhileTranscriptionIsDisabledMakesNoJob() {
        var call = RecordedCall.newCall();
        call.uploads(call.wavNamingTheCaller(AudioFixtures.random(400, 15)));
        var contactId = call.contactId(entityManager);

        assertTrue(RecordedCall.jobsOf(entityManager, contactId).isEmpty());
    }
}
