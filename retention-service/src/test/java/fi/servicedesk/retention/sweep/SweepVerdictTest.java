package fi.servicedesk.retention.sweep;

import fi.servicedesk.retention.domain.SweepResult;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What counts as an expired item left behind, at the edges of the cut-off. */
class SweepVerdictTest {

    private static final Instant CUTOFF = Instant.parse("2025-11-29T02:00:00Z");

    @Test
    void anItemStoredExactlyAtTheCutoffHasNotExpired() {
        assertFalse(SweepVerdict.expiredUnheldRemains(result(CUTOFF, 0)));
    }

    @Test
    void anUnheldItemStoredJustBeforeTheCutoffHasExpired() {
        assertTrue(SweepVerdict.expiredUnheldRemains(result(CUTOFF.minusMillis(1), 0)));
    }

    @Test
    void anOldItemIsTakenAsHeldWhenHoldsKeptSomething() {
        assertFalse(SweepVerdict.expiredUnheldRemains(result(CUTOFF.minusSeconds(86_400 * 400L), 1)));
    }

    @Test
    void anExpiredUnheldItemBesideHeldOnesFailsTheSweep() {
        var result = result(CUTOFF.minusSeconds(86_400 * 400L), 1);
        result.expiredUnheld = 1L;
        assertTrue(SweepVerdict.expiredUnheldRemains(result), "R8: a held item does not excuse an unheld one");
    }

    @Test
    void nothingLeftIsNothingExpired() {
        assertFalse(SweepVerdict.expiredUnheldRemains(result(null, 0)));
    }

    private static SweepResult result(Instant oldestRemaining, long held) {
        var result = new SweepResult();
        result.cutoff = CUTOFF;
        result.oldestRemaining = oldestRemaining;
        result.held = held;
        result.deleted = 0L;
        return result;
    }
}
