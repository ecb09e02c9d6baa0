package fi.servicedesk.ingest.config;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Test only: {@code ingest.test.halt-after} names a step at which the process ends at once, with
 * no shutdown hook, no rollback and no flush, exactly as {@code kill -9} would. Tests use it to
 * prove that a crash between two steps of work spanning two databases leaves nothing half-done.
 * Unset (always, outside such tests) it does nothing.
 */
@ApplicationScoped
public class HaltPoints {

    static final int KILLED = 137;

    private final Optional<String> haltAfter;

    HaltPoints(IngestConfig config) {
        this.haltAfter = config.test().haltAfter();
    }

    public void reached(String step) {
        if (haltAfter.isPresent() && haltAfter.get().equals(step)) {
            System.err.println("ingest.test.halt-after=" + step + ": halting");
            System.err.flush();
            Runtime.getRuntime().halt(KILLED);
        }
    }
}
