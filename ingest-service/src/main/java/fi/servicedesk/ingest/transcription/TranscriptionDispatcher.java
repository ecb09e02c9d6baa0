package fi.servicedesk.ingest.transcription;

import fi.servicedesk.ingest.config.IngestConfig;
import fi.servicedesk.ingest.recordings.RecordingStore;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import java.io.IOException;
import java.net.ConnectException;
import java.util.Optional;

/**
 * Hands due recordings to the subcontractor: decrypted chunk by chunk, stripped of metadata
 * (R7.4), streamed as the body of {@code PUT /jobs/<token>} with nothing but the token, the media
 * type and the configured language hint. Failures are retried with backoff until the job FAILs;
 * whatever may have left is in the transfer log (R7.1).
 */
@ApplicationScoped
public class TranscriptionDispatcher {

    private final TranscriptionJobs jobs;
    private final RecordingStore recordings;
    private final SubcontractorClient client;
    private final IngestConfig.Transcription config;

    TranscriptionDispatcher(TranscriptionJobs jobs, RecordingStore recordings, SubcontractorClient client, IngestConfig config) {
        this.jobs = jobs;
        this.recordings = recordings;
        this.client = client;
        this.config = config.transcription();
    }

    @Scheduled(every = "${ingest.transcription.dispatch-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void dispatchOnSchedule() {
        if (!config.enabled()) {
            return;
        }
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            // The claimed job's lease runs out and it is tried again.
            Log.warnf("Transcription dispatch failed, will retry: %s", e.getMessage());
        }
    }

    /** Sends every job that is due now; returns how many were attempted. */
    public int dispatchDue() {
        int attempted = 0;
        Optional<TranscriptionJobs.Claim> claim;
        while ((claim = jobs.claimNext()).isPresent()) {
            send(claim.get());
            attempted++;
        }
        return attempted;
    }

    private void send(TranscriptionJobs.Claim claim) {
        var recording = recordings.ofContact(claim.contactId()).filter(r -> r.id().equals(claim.recordingId()));
        if (recording.isEmpty()) {
            return; // swept or erased since the claim; its job went with it
        }
        var stored = recording.get();
        var filter = MetadataFilter.forContentType(stored.contentType());
        if (filter.isEmpty()) {
            jobs.attemptFailed(claim, "unsupported media type " + stored.contentType(), false, Optional.empty());
            return;
        }
        AudioSource source = () -> recordings.open(stored);
        AudioLayout layout;
        try {
            layout = filter.get().layout(source);
        } catch (InvalidAudioException e) {
            jobs.attemptFailed(claim, "invalid audio: " + e.getMessage(), false, Optional.empty());
            return;
        } catch (IOException e) {
            jobs.attemptFailed(claim, "reading the recording: " + e.getClass().getSimpleName(), true, Optional.empty());
            return;
        }
        var mediaType = filter.get().mediaType();
        var transfer = new TranscriptionJobs.Transfer(stored.subjectId(), client.recipient(),
                "call recording for speech-to-text (%s, %d bytes, metadata removed)".formatted(mediaType, layout.length()));
        try (var audio = layout.open(source)) {
            client.api().submit(claim.token(), mediaType, layout.length(), config.language().orElse(null), audio);
            jobs.sent(claim, transfer);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            // The subcontractor answered, so the audio (or part of it) reached it.
            jobs.attemptFailed(claim, "HTTP " + status, status >= 500 || status == 408 || status == 429, Optional.of(transfer));
        } catch (ProcessingException | IOException e) {
            // Refused connections sent nothing; any other break may have happened mid-body.
            jobs.attemptFailed(claim, rootCause(e).getClass().getSimpleName(), true,
                    rootCause(e) instanceof ConnectException ? Optional.empty() : Optional.of(transfer));
        }
    }

    private static Throwable rootCause(Throwable e) {
        var cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
