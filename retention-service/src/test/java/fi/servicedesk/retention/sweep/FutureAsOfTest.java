package fi.servicedesk.retention.sweep;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** With the switch bin/suite turns on, a sweep may judge data as of a future instant (issue #5). */
@QuarkusTest
@TestProfile(FutureAsOfTest.FutureAllowed.class)
class FutureAsOfTest {

    @Test
    void aFutureAsOfAgesTheDataWhenTheSwitchIsOn() {
        var asOf = Instant.now().plus(Duration.ofDays(400)).truncatedTo(ChronoUnit.SECONDS);

        var sweep = SweepApi.start("{\"asOf\":\"" + asOf + "\"}");

        assertEquals(asOf, sweep.asOf());
        var recording = sweep.owners().getFirst().categories().stream()
                .filter(c -> c.category().equals("recording")).findFirst().orElseThrow();
        assertEquals(asOf.atOffset(java.time.ZoneOffset.UTC).minusMonths(3).toInstant(), recording.cutoff(), "R8.3");
    }

    public static class FutureAllowed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("retention.allow-future-as-of", "true");
        }
    }
}
