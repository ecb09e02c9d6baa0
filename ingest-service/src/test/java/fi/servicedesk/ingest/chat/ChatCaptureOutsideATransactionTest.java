package fi.servicedesk.ingest.chat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * ChatCapture runs in its caller's transaction and is no boundary of its own: called without one,
 * it fails at its first write and leaves no receipt behind, so the webhook's retry is stored, not
 * taken for a duplicate (R6.1, R9.1).
 */
@QuarkusTest
class ChatCaptureOutsideATransactionTest {

    @Inject
    ChatCapture capture;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aMessageOutsideATransactionIsRefusedAndWritesNothing() throws SQLException {
        var webhookId = "msg_" + UUID.randomUUID();
        var message = new ChatEvent.MessageSent("conv-" + UUID.randomUUID(), "m-" + UUID.randomUUID(), Instant.now(),
                new ChatEvent.Sender(ChatEvent.Role.END_USER, "Aino Virtanen", "aino@example.fi", null, null), "Hei");

        assertThrows(TransactionalException.class, () -> capture.capture(webhookId, message));

        assertEquals(0, count("select count(*) from webhook_receipt where webhook_id = ?", webhookId));
        assertEquals(0, count("select count(*) from message where external_id = ?", message.messageId()));
    }

    @Test
    void aClosedChatOutsideATransactionIsRefusedAndWritesNothing() throws SQLException {
        var webhookId = "closed_" + UUID.randomUUID();

        assertThrows(TransactionalException.class,
                () -> capture.capture(webhookId, new ChatEvent.Closed("conv-" + UUID.randomUUID(), Instant.now())));

        assertEquals(0, count("select count(*) from webhook_receipt where webhook_id = ?", webhookId));
    }

    private long count(String query, String parameter) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(query)) {
            statement.setString(1, parameter);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
