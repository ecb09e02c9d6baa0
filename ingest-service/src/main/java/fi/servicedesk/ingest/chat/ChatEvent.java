package fi.servicedesk.ingest.chat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

import static fi.servicedesk.kit.limits.MaxLengths.EMAIL;
import static fi.servicedesk.kit.limits.MaxLengths.ID;
import static fi.servicedesk.kit.limits.MaxLengths.NAME;
import static fi.servicedesk.kit.limits.MaxLengths.PHONE;
import static fi.servicedesk.kit.limits.MaxLengths.USERNAME;

/** What the chat platform sends (contracts/openapi/ingest-webhooks.yaml). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ChatEvent.MessageSent.class, name = "chat.message"),
        @JsonSubTypes.Type(value = ChatEvent.Closed.class, name = "chat.closed")
})
public sealed interface ChatEvent {

    String conversationId();

    record MessageSent(@NotBlank @Size(max = ID) String conversationId, @NotBlank @Size(max = ID) String messageId, @NotNull Instant sentAt,
                       @NotNull @Valid Sender sender, @NotNull @Size(max = 65536) String text) implements ChatEvent {
    }

    record Closed(@NotBlank @Size(max = ID) String conversationId, @NotNull Instant closedAt) implements ChatEvent {
    }

    record Sender(@NotNull Role role, @Size(max = NAME) String name, @Size(max = EMAIL) String email,
                  @Size(max = USERNAME) String username, @Size(max = PHONE) String phone) {
    }

    enum Role {
        END_USER, AGENT, BOT
    }
}
