package fi.servicedesk.retention.sweep;

import fi.servicedesk.retention.domain.Sweep;
import fi.servicedesk.retention.domain.SweepRepository;
import fi.servicedesk.retention.events.SweepCompleted;
import fi.servicedesk.retention.domain.Category;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What an alert needs to see retention fall behind. The gauges are read back from the database, not
 * kept from this process's own sweeps, because in Kubernetes the sweeps run in CronJob pods while
 * the metrics are scraped from the service's replicas.
 */
@ApplicationScoped
public class SweepMetrics {

    private final MeterRegistry registry;
    private final SweepRepository sweeps;
    private final Map<Category, AtomicLong> held = new EnumMap<>(Category.class);
    private final Map<Category, AtomicLong> oldestAgeSeconds = new EnumMap<>(Category.class);
    private final AtomicLong lastCompliantEpochSeconds = new AtomicLong();

    SweepMetrics(MeterRegistry registry, SweepRepository sweeps) {
        this.registry = registry;
        this.sweeps = sweeps;
        for (var category : Category.values()) {
            held.put(category, gauge("retention.items.held", category, "Items kept past their cut-off by legal holds in the last finished sweep"));
            oldestAgeSeconds.put(category, gauge("retention.oldest.remaining.age.seconds", category,
                    "Age at the last finished sweep's as-of time of the oldest item left"));
        }
        Gauge.builder("retention.last.compliant.sweep.timestamp.seconds", lastCompliantEpochSeconds, AtomicLong::get)
                .description("When the last compliant sweep finished (epoch seconds; 0 if none yet)")
                .register(registry);
    }

    /** Counts what an owner deleted, once per report. */
    void reported(SweepCompleted report) {
        report.categories().forEach(line -> registry.counter("retention.items.deleted",
                "category", line.category(), "service", report.service()).increment(line.deleted()));
    }

    void finished(Sweep sweep) {
        Timer.builder("retention.sweep.duration")
                .description("From the sweep's start until every owner reported or the time-out closed it")
                .tag("status", sweep.status.name())
                .register(registry)
                .record(Duration.between(sweep.startedAt, sweep.finishedAt));
    }

    /** Sets the gauges from the last finished and the last compliant sweep. */
    @Transactional
    public void refresh() {
        sweeps.lastCompliant().ifPresent(s -> lastCompliantEpochSeconds.set(s.finishedAt.getEpochSecond()));
        sweeps.lastFinished().ifPresent(this::refreshFrom);
    }

    private void refreshFrom(Sweep sweep) {
        var results = sweep.owners.stream().flatMap(o -> o.results.stream()).toList();
        for (var category : Category.values()) {
            var lines = results.stream().filter(r -> r.category.equals(category.code())).toList();
            held.get(category).set(lines.stream().map(r -> r.held).filter(Objects::nonNull).mapToLong(Long::longValue).sum());
            oldestAgeSeconds.get(category).set(lines.stream().map(r -> r.oldestRemaining)
                    .filter(Objects::nonNull).min(Instant::compareTo)
                    .map(oldest -> Math.max(0, Duration.between(oldest, sweep.asOf).toSeconds())).orElse(0L));
        }
    }

    private AtomicLong gauge(String name, Category category, String description) {
        var value = new AtomicLong();
        Gauge.builder(name, value, AtomicLong::get).description(description).tag("category", category.code()).register(registry);
        return value;
    }
}
