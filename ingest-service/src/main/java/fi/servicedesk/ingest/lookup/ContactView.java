package fi.servicedesk.ingest.lookup;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A contact as the dispute look-up shows it (R3.1); {@code messages} only for a single contact. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactView(UUID id, String channel, Instant startedAt, Instant endedAt, SubjectView subject,
                          long messageCount, boolean hasRecording, Instant storedAt, List<MessageView> messages) {

    public record SubjectView(String name, String email, String username, String phone) {
    }

    public record MessageView(int seq, String speaker, String text, Instant at) {
    }
}
