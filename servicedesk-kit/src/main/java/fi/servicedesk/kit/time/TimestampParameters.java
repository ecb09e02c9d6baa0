package fi.servicedesk.kit.time;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Binds a {@code timestamptz} parameter of plain SQL as the text the PostgreSQL driver would send
 * for it, without the driver's own binding: for the first timestamp of each statement that builds
 * a formatter with its calendars ({@code TimestampUtils}), which on the webhooks' write path cost
 * more than the rest of binding their rows. The text is untyped, so the server reads it as the
 * column or parameter it stands for, and the instant is rounded to the server's microseconds as
 * the driver rounds it (half up), so the stored value is the same.
 */
public final class TimestampParameters {

    private static final int HALF_A_MICROSECOND = 500;
    /** The years PostgreSQL's ISO text and the formatter below agree on; the driver writes the others its way. */
    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant AFTER_LAST = Instant.parse("+10000-01-01T00:00:00Z");
    private static final DateTimeFormatter ISO_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private TimestampParameters() {
    }

    /** Binds {@code at} (null: SQL null) at {@code index}. */
    public static void bind(PreparedStatement statement, int index, Instant at) throws SQLException {
        if (at == null) {
            statement.setNull(index, Types.OTHER);
            return;
        }
        var text = text(at);
        if (text == null) {
            statement.setObject(index, at.atOffset(ZoneOffset.UTC));
        } else {
            statement.setObject(index, text, Types.OTHER);
        }
    }

    /**
     * {@code at} in ISO 8601, UTC, to the microsecond ({@code 2026-12-03T10:47:00.123457Z}); null
     * for a year outside 1–9999, which the driver's own binding writes in its way.
     */
    static String text(Instant at) {
        var micros = at.plusNanos(HALF_A_MICROSECOND).truncatedTo(ChronoUnit.MICROS);
        return micros.isBefore(FIRST) || !micros.isBefore(AFTER_LAST) ? null : ISO_MICROS.format(micros);
    }
}
