package fi.servicedesk.kit.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * One clock per service, so tests can reason about time-dependent rules (a test may produce its own).
 * A singleton, not a normal-scoped bean: each {@code instant()} on the webhooks' write path would
 * otherwise pass a client proxy's context look-up.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
