package fi.servicedesk.ingest.capture;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * One stretch of speech in a call, as the telephony platform ({@code transcript.completed}) and the
 * transcription subcontractor (its callback) both report it (contracts/openapi/ingest-webhooks.yaml).
 */
public record TranscriptSegment(@NotNull Speaker speaker,
                                @NotNull @PositiveOrZero @Max(MAX_OFFSET_MS) Long startMs,
                                @NotNull @PositiveOrZero @Max(MAX_OFFSET_MS) Long endMs,
                                @NotBlank @Size(max = 65536) String text,
                                List<@Valid @NotNull Word> words) {

    /** A day: an offset past any real call, which would otherwise overflow the message's time (issue #3). */
    static final long MAX_OFFSET_MS = 86_400_000L;

    public enum Speaker {
        CALLER, AGENT
    }

    /** Word timings are optional and are not stored: the text holds the words. */
    public record Word(@NotNull String w, @PositiveOrZero Long startMs, @PositiveOrZero Long endMs) {
    }
}
