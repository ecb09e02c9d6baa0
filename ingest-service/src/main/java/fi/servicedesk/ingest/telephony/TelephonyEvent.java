package fi.servicedesk.ingest.telephony;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import fi.servicedesk.ingest.capture.TranscriptSegment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.List;

/** What the telephony platform sends (contracts/openapi/ingest-webhooks.yaml). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = TelephonyEvent.CallCompleted.class, name = "call.completed"),
        @JsonSubTypes.Type(value = TelephonyEvent.TranscriptCompleted.class, name = "transcript.completed")
})
public sealed interface TelephonyEvent {

    String callId();

    /** {@code from} is the caller's number in any written form; {@code to} is the service desk's own. */
    record CallCompleted(@NotBlank String callId, @NotBlank String from, @NotBlank String to,
                         @NotNull Instant startedAt, @NotNull Instant endedAt,
                         @Valid Caller caller, @Valid Agent agent) implements TelephonyEvent {
    }

    record TranscriptCompleted(@NotBlank String callId, String language,
                               @NotEmpty List<@Valid @NotNull TranscriptSegment> segments) implements TelephonyEvent {
    }

    record Caller(String name, String email, String username) {
    }

    record Agent(String id, String name) {
    }
}
