package fi.servicedesk.kit.outbox;

import fi.servicedesk.kit.time.TimestampParameters;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * An outbox row made but not written yet. {@link Outbox} writes its rows itself; a caller of
 * {@link Outbox#sealedRow} writes it in the statement of the change it announces, in the same
 * transaction (a data-modifying {@code with} part: {@link #INSERT}, bound by {@link #bind}), so the
 * change and its event cost one round trip to the database.
 */
public final class PendingRow {

    /** The row's insert, with {@link #bind}'s parameters in order. */
    public static final String INSERT = """
            insert into outbox (id, topic, message_key, ce_type, ce_subject, extensions, payload, key_ref, sealed_payload, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final OutboxEvent event;

    PendingRow(OutboxEvent event) {
        this.event = event;
    }

    /** Binds {@link #INSERT}'s parameters from {@code first} on; returns the index after them. */
    public int bind(PreparedStatement statement, int first) throws SQLException {
        statement.setObject(first, event.id);
        statement.setString(first + 1, event.topic);
        statement.setString(first + 2, event.messageKey);
        statement.setString(first + 3, event.type);
        statement.setString(first + 4, event.subject);
        statement.setString(first + 5, event.extensions);
        statement.setString(first + 6, event.payload);
        statement.setString(first + 7, event.keyRef);
        if (event.sealedPayload == null) {
            statement.setNull(first + 8, Types.BINARY);
        } else {
            statement.setBytes(first + 8, event.sealedPayload);
        }
        TimestampParameters.bind(statement, first + 9, event.createdAt);
        return first + 10;
    }
}
