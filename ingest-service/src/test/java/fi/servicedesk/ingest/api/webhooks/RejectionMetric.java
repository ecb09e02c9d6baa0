package fi.servicedesk.ingest.api.webhooks;

import fi.servicedesk.testsupport.Management;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** Reads {@code ingest_webhooks_rejected_total} from /q/metrics. */
final class RejectionMetric {

    private static final Pattern LINE = Pattern.compile("^ingest_webhooks_rejected_total\\{([^}]*)} (\\S+)$", Pattern.MULTILINE);

    private RejectionMetric() {
    }

    static double value(String source, String reason, int status) {
        return sum(labels -> labels.contains("source=\"" + source + "\"") && labels.contains("reason=\"" + reason + "\"")
                && labels.contains("status=\"" + status + "\""));
    }

    /** Every refusal counted so far, whatever its source and reason. */
    static double total() {
        return sum(labels -> true);
    }

    private static double sum(Predicate<String> labelsMatching) {
        var matcher = LINE.matcher(given().get(Management.url("/metrics")).then().statusCode(200).extract().asString());
        double sum = 0;
        while (matcher.find()) {
            if (labelsMatching.test(matcher.group(1))) {
                sum += Double.parseDouble(matcher.group(2));
            }
        }
        return sum;
    }
}
