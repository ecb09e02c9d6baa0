package fi.servicedesk.ingest.telephony;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import fi.servicedesk.ingest.capture.TranscriptSegment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

import static fi.servicedesk.kit.limits.MaxLengths.EMAIL;
import static fi.servicedesk.kit.limits.MaxLengths.ID;
import static fi.servicedesk.kit.limits.MaxLengths.NAME;
import static fi.servicedesk.kit.limits.MaxLengths.PHONE;
import static fi.servicedesk.kit.limits.MaxLengths.USERNAME;

/** What the telephony platform sends (contracts/openapi/ingest-webhooks.yaml). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = TelephonyEvent.CallCompleted.class, name = "call.completed"),
        @JsonSubTypes.Type(value = TelephonyEvent.TranscriptCompleted.class, name = "transcript.completed")
})
public sealed interface TelephonyEvent {

    String callId();

    /** {@code from} is the caller's number in any written form; {@code to} is the service desk's own. */
    record CallCompleted(@NotBlank @Size(max = ID) String callId, @NotBlank @Size(max = PHONE) String from,
                         @NotBlank @Size(max = PHONE) String to,
                         @NotNull Instant startedAt, @NotNull Instant endedAt,
                         @Valid Caller caller, @Valid Agent agent) implements TelephonyEvent {
    }

    record TranscriptCompleted(@NotBlank @Size(max = ID) String callId, @Size(max = 35) String language,
                               @NotEmpty List<@Valid @NotNull TranscriptSegment> segments) implements TelephonyEvent {
    }

    record Caller(@Size(max = NAME) String name, @Size(max = EMAIL) String email, @Size(max = USERNAME) String username) {
    }

    record Agent(@Size(max = ID) String id, @Size(max = NAME) String name) {
    }
}
