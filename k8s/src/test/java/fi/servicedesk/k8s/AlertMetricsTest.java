package fi.servicedesk.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every metric the PrometheusRule's alerts name is one a service exports: read from the Micrometer
 * registrations in the services' and the kit's code and named as Micrometer's Prometheus registry
 * names them (dots to underscores, counters _total, timers _seconds_*). rights-service's
 * RetentionVerdictsTest reads the same gauges off a running instance's /q/metrics. Only
 * kube-state-metrics' kube_* are taken from elsewhere.
 */
class AlertMetricsTest {

    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");
    private static final Pattern REGISTRATION = Pattern.compile(
            "(Gauge\\.builder|\\.gauge|Counter\\.builder|\\.counter|Timer\\.builder|\\.timer)\\(\\s*\"([a-z0-9.]+)\"");
    private static final Set<String> CODE = Set.of("servicedesk-kit", "ingest-service", "redaction-service",
            "retention-service", "rights-service");

    @Test
    void everyMetricAnAlertNamesIsExportedByTheCode() {
        Set<String> exported = exported();
        Map<String, Set<String>> named = new TreeMap<>();
        alerts().forEach((alert, expr) -> {
            var matcher = SELECTOR.matcher(expr);
            var metrics = new TreeSet<String>();
            while (matcher.find()) {
                metrics.add(matcher.group(1));
            }
            assertFalse(metrics.isEmpty(), alert + " names a metric with a {namespace=…} selector");
            named.put(alert, metrics);
        });
        named.forEach((alert, metrics) -> metrics.stream().filter(m -> !m.startsWith("kube_"))
                .forEach(m -> assertTrue(exported.contains(m), alert + ": " + m + " is not exported; the code has " + exported)));
    }

    @Test
    void theSweepAlertsDoNotDependOnTheJobsPod() {
        var alerts = alerts();
        for (var alert : Set.of("RetentionSweepNotCompliant", "RetentionSweepMissing", "RetentionSweepLastCompliantOld")) {
            assertFalse(alerts.get(alert).contains("kube_"), alert);
        }
        assertTrue(alerts.get("RetentionSweepNotCompliant").contains("retention_last_sweep_compliant"));
        assertTrue(alerts.get("RetentionSweepMissing").contains("absent(retention_last_sweep_timestamp_seconds"));
        assertTrue(alerts.get("RightsCaseOverdue").contains("rights_cases_overdue"));
    }

    @Test
    void theRegistrationsAreReadAsPrometheusNamesThem() {
        var exported = exported();
        // One of each kind, as /q/metrics shows them (ManagementInterfaceTest, RetentionVerdictsTest).
        assertTrue(exported.contains("retention_last_compliant_sweep_timestamp_seconds"), "gauge");
        assertTrue(exported.contains("outbox_parked_total"), "counter");
        assertTrue(exported.contains("retention_sweep_duration_seconds_count"), "timer");
        assertEquals(Set.of(), Set.of("rights_owners_overdue", "rights_owners_timed_out_total", "dead_lettered_total").stream()
                .filter(m -> !exported.contains(m)).collect(java.util.stream.Collectors.toSet()));
    }

    private static Map<String, String> alerts() {
        JsonNode rule = UmbrellaRenderTest.rendered("production").custom("PrometheusRule").getFirst();
        Map<String, String> alerts = new TreeMap<>();
        rule.at("/spec/groups").forEach(g -> g.path("rules").forEach(a -> alerts.put(a.path("alert").asText(), a.path("expr").asText())));
        return alerts;
    }

    /** The Prometheus names of every meter registered in the services' and the kit's main code. */
    static Set<String> exported() {
        Set<String> names = new TreeSet<>();
        for (String module : CODE) {
            try (Stream<Path> files = Files.walk(ServiceSettings.repository().resolve(module).resolve("src/main/java"))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                    var matcher = REGISTRATION.matcher(read(f));
                    while (matcher.find()) {
                        var base = matcher.group(2).replace('.', '_');
                        var kind = matcher.group(1);
                        if (kind.contains("ounter")) {
                            names.add(base + "_total");
                        } else if (kind.contains("imer")) {
                            names.addAll(Set.of(base + "_seconds_count", base + "_seconds_sum", base + "_seconds_max"));
                        } else {
                            names.add(base);
                        }
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
