package fi.servicedesk.retention.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.servicedesk.testsupport.ContractCatalog;
import fi.servicedesk.testsupport.KafkaTestClient;

import java.time.Duration;
import java.util.UUID;

/**
 * Owners' sweep reports as the contracts' examples, adapted to answer a given sweep: the example's
 * envelope, this sweep's id and cut-offs, and the counts a test chooses.
 */
final class OwnerReports {

    static final String TOPIC = "retention.reports.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private OwnerReports() {
    }

    static String type(String service) {
        return "fi.servicedesk." + service.replace("-service", "") + ".sweep-completed.v1";
    }

    /** Everything expired is gone; the oldest item left is a day younger than the cut-off. */
    static void sendCompliant(SweepView sweep, String service) {
        send(sweep, service, report(sweep, service, Duration.ofDays(1), 0));
    }

    /** The oldest item left is {@code age} past (negative: before) the cut-off, and {@code held} items were kept. */
    static String report(SweepView sweep, String service, Duration afterCutoff, long held) {
        return report(sweep, service, afterCutoff, held, 0);
    }

    /** As above, and {@code expiredUnheld} expired items left that nothing keeps. */
    static String report(SweepView sweep, String service, Duration afterCutoff, long held, long expiredUnheld) {
        try {
            var report = (ObjectNode) JSON.readTree(ContractCatalog.example(type(service)));
            report.put("sweepId", sweep.id().toString());
            var lines = report.putArray("categories");
            var owner = sweep.owners().stream().filter(o -> o.service().equals(service)).findFirst().orElseThrow();
            for (var line : owner.categories()) {
                lines.addObject()
                        .put("category", line.category())
                        .put("cutoff", line.cutoff().toString())
                        .put("deleted", 3)
                        .put("held", held)
                        .put("expiredUnheld", expiredUnheld)
                        .put("oldestRemaining", line.cutoff().plus(afterCutoff).toString());
            }
            var json = JSON.writeValueAsString(report);
            ContractCatalog.assertValid(type(service), json);
            return json;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void send(SweepView sweep, String service, String report) {
        KafkaTestClient.sendCloudEvent(TOPIC, sweep.id().toString(), UUID.randomUUID().toString(), type(service), report);
    }

}
