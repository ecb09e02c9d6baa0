package fi.servicedesk.ingest.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Timestamps read from native queries and plain SQL, whose Java type depends on the JDBC driver's mapping (parameters: the kit's {@code TimestampParameters}). */
public final class Columns {

    private Columns() {
    }

    public static Instant instant(Object column) {
        return switch (column) {
            case null -> null;
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("Not a timestamp: " + column.getClass());
        };
    }

    /** A timestamptz column read by plain SQL; null stays null. */
    public static Instant instant(ResultSet row, int column) throws SQLException {
        var at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
