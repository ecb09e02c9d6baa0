package fi.servicedesk.ingest.crypto;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A short-lived memory of unwrapped data keys, so the messages of one conversation cost one read
 * of the keys database, not two or three each. A key lives here at most {@code ttl}: that bounds
 * how long another replica may still encrypt with a key this one destroyed (data written so is as
 * unreadable as every other copy). Destruction here is seen at once: {@link #forget} drops the
 * entry, and a read that raced with a destruction is not remembered (the generation moved on).
 */
final class UnwrappedKeys {

    /** Far more than the subjects that are active within one ttl; beyond it the memory starts again. */
    private static final int MAX_ENTRIES = 20_000;

    private final long ttlNanos;
    private final ConcurrentHashMap<UUID, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    UnwrappedKeys(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** The remembered key, or what {@code read} finds (remembered when found and nothing was destroyed meanwhile). */
    Optional<SubjectKey> get(UUID subjectId, Supplier<Optional<SubjectKey>> read) {
        if (ttlNanos <= 0) {
            return read.get();
        }
        var entry = entries.get(subjectId);
        if (entry != null && System.nanoTime() - entry.expiresAt < 0) {
            return Optional.of(entry.key);
        }
        long before = generation.get();
        var found = read.get();
        found.ifPresent(key -> {
            if (generation.get() == before) {
                remember(key);
                if (generation.get() != before) { // a destruction came between the check and the put
                    entries.remove(subjectId);
                }
            }
        });
        return found;
    }

    /** A key just made: the next read of its subject needs no round trip. */
    void remember(SubjectKey key) {
        if (ttlNanos <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            long now = System.nanoTime();
            entries.values().removeIf(e -> now - e.expiresAt >= 0);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key.subjectId(), new Entry(key, System.nanoTime() + ttlNanos));
    }

    /** Called after a key was destroyed: neither it nor a read that raced with the destruction is used again. */
    void forget(Iterable<UUID> subjectIds) {
        generation.incrementAndGet();
        subjectIds.forEach(entries::remove);
    }

    private record Entry(SubjectKey key, long expiresAt) {
    }
}
