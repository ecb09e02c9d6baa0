package fi.servicedesk.kit.time;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The text a timestamp parameter is bound as: what PostgreSQL stores for it, to the microsecond. */
class TimestampParametersTest {

    @Test
    void anInstantIsWrittenInUtcToTheMicrosecond() {
        assertEquals("2026-12-03T09:05:07.000000Z", TimestampParameters.text(Instant.parse("2026-12-03T09:05:07Z")));
        assertEquals("0001-01-01T00:00:00.000001Z", TimestampParameters.text(Instant.parse("0001-01-01T00:00:00.000001Z")));
        assertEquals("1969-12-31T23:59:59.999999Z", TimestampParameters.text(Instant.parse("1969-12-31T23:59:59.999999Z")));
    }

    @Test
    void nanosecondsAreRoundedHalfUpAsTheDriverRoundsThem() {
        assertEquals("2026-12-03T09:05:07.123456Z", TimestampParameters.text(Instant.parse("2026-12-03T09:05:07.123456499Z")));
        assertEquals("2026-12-03T09:05:07.123457Z", TimestampParameters.text(Instant.parse("2026-12-03T09:05:07.1234565Z")));
        assertEquals("2027-01-01T00:00:00.000000Z", TimestampParameters.text(Instant.parse("2026-12-31T23:59:59.9999995Z")));
    }

    @Test
    void yearsBeyondFourDigitsAreLeftToTheDriver() {
        assertNull(TimestampParameters.text(Instant.parse("+10000-01-01T00:00:00Z")));
        assertNull(TimestampParameters.text(Instant.parse("-0001-01-01T00:00:00Z")));
        assertNull(TimestampParameters.text(Instant.parse("0000-12-31T23:59:59Z")));
    }
}
