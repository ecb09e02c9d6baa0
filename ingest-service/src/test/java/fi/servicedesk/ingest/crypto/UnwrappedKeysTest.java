package fi.servicedesk.ingest.crypto;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R9.3: remembering unwrapped keys saves reads of the keys database but never outlives a destruction. */
class UnwrappedKeysTest {

    private final UUID subject = UUID.randomUUID();
    private final SubjectKey key = new SubjectKey(subject, Aes.randomKey());
    private final AtomicInteger reads = new AtomicInteger();

    private Optional<SubjectKey> stored() {
        reads.incrementAndGet();
        return Optional.of(key);
    }

    @Test
    void aKeyReadOnceIsServedFromMemoryAfterwards() {
        var keys = new UnwrappedKeys(Duration.ofMinutes(1));

        assertSame(key, keys.get(subject, this::stored).orElseThrow());
        assertSame(key, keys.get(subject, this::stored).orElseThrow());

        assertEquals(1, reads.get());
    }

    @Test
    void aKeyJustMadeNeedsNoRead() {
        var keys = new UnwrappedKeys(Duration.ofMinutes(1));
        keys.remember(key);

        assertSame(key, keys.get(subject, this::stored).orElseThrow());
        assertEquals(0, reads.get());
    }

    @Test
    void aDestroyedKeyIsReadAgainAndFoundGone() {
        var keys = new UnwrappedKeys(Duration.ofMinutes(1));
        keys.get(subject, this::stored);

        keys.forget(List.of(subject));

        assertTrue(keys.get(subject, Optional::empty).isEmpty());
    }

    @Test
    void aReadThatRacedWithADestructionIsNotRemembered() {
        var keys = new UnwrappedKeys(Duration.ofMinutes(1));

        keys.get(subject, () -> {
            var found = stored();
            keys.forget(List.of(subject)); // destroyed after the row was read, before it is remembered
            return found;
        });
        keys.get(subject, this::stored);

        assertEquals(2, reads.get());
    }

    @Test
    void withoutATimeToLiveEveryUseReadsTheKey() {
        var keys = new UnwrappedKeys(Duration.ZERO);
        keys.remember(key);

        keys.get(subject, this::stored);
        keys.get(subject, this::stored);

        assertEquals(2, reads.get());
    }
}
