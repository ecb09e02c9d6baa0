package fi.servicedesk.ingest.transcription;

import fi.servicedesk.ingest.capture.TranscriptSegment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The subcontractor's callback: the job's token and the segments, as in transcript.completed. */
public record TranscriptionResult(@NotBlank @Size(max = 200) String jobToken,
                                 @Size(max = 35) String language,
                                 @NotNull List<@Valid @NotNull TranscriptSegment> segments) {
}
