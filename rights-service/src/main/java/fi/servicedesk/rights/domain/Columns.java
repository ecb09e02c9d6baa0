package fi.servicedesk.rights.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native-query result columns, whose Java type depends on the JDBC driver's mapping. */
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
}
