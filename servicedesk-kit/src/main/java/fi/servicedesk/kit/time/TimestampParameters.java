package fi.servicedesk.kit.time;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Binds a {@code timestamptz} parameter of plain SQL as the text the PostgreSQL driver would send
 * for it, without the driver's own binding: for the first timestamp of each statement that builds
 * a formatter with its calendars ({@code TimestampUtils}), which on the webhooks' write path cost
 * more than the rest of binding their rows. The text is untyped, so the server reads it as the
 * column or parameter it stands for, and the instant is rounded to the server's microseconds as
 * the driver rounds it (half up), so the stored value is the same.
 */
public final class TimestampParameters {

    private static final int NANOS_PER_MICRO = 1_000;
    private static final int MICROS_PER_SECOND = 1_000_000;

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
        long seconds = at.getEpochSecond();
        int micros = (at.getNano() + NANOS_PER_MICRO / 2) / NANOS_PER_MICRO;
        if (micros == MICROS_PER_SECOND) {
            seconds++;
            micros = 0;
        }
        var utc = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        if (utc.getYear() < 1 || utc.getYear() > 9999) {
            return null;
        }
        var text = new StringBuilder(27);
        digits(text, utc.getYear(), 4).append('-');
        digits(text, utc.getMonthValue(), 2).append('-');
        digits(text, utc.getDayOfMonth(), 2).append('T');
        digits(text, utc.getHour(), 2).append(':');
        digits(text, utc.getMinute(), 2).append(':');
        digits(text, utc.getSecond(), 2).append('.');
        return digits(text, micros, 6).append('Z').toString();
    }

    private static StringBuilder digits(StringBuilder text, int value, int width) {
        for (int divisor = pow10(width - 1); divisor > 0; divisor /= 10) {
            text.append((char) ('0' + value / divisor % 10));
        }
        return text;
    }

    private static int pow10(int exponent) {
        int power = 1;
        for (int i = 0; i < exponent; i++) {
            power *= 10;
        }
        return power;
    }
}
