package fi.servicedesk.ingest.webhooks;

import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** Reads {@code ingest_webhooks_rejected_total} for one source, reason and status from /q/metrics. */
final class RejectionMetric {

    private static final Pattern LINE = Pattern.compile("^ingest_webhooks_rejected_total\\{([^}]*)} (\\S+)$", Pattern.MULTILINE);

    private RejectionMetric() {
    }

    static double value(String source, String reason, int status) {
        var metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        var matcher = LINE.matcher(metrics);
        while (matcher.find()) {
            var labels = matcher.group(1);
            if (labels.contains("source=\"" + source + "\"") && labels.contains("reason=\"" + reason + "\"")
                    && labels.contains("status=\"" + status + "\"")) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        return 0;
    }
}
