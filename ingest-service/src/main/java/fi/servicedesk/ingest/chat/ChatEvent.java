package fi.servicedesk.ingest.chat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** What the chat platform sends (contracts/openapi/ingest-webhooks.yaml). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ChatEvent.MessageSent.class, name = "chat.message"),
        @JsonSubTypes.Type(value = ChatEvent.Closed.class, name = "chat.closed")
})
public sealed interface ChatEvent {

    String conversationId();

    record MessageSent(@NotBlank String conversationId, @NotBlank String messageId, @NotNull Instant sentAt,
                       @NotNull @Valid Sender sender, @NotNull @Size(max = 65536) String text) implements ChatEvent {
    }

    record Closed(@NotBlank String conversationId, @NotNull Instant closedAt) implements ChatEvent {
    }

    record Sender(@NotNull Role role, String name, String email, String username, String phone) {
    }

    enum Role {
        END_USER, AGENT, BOT
    }
}
