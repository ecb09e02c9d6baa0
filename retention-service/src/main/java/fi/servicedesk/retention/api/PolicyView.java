package fi.servicedesk.retention.api;

import java.util.List;

/** The retention policy as the DPO and auditors read it: one line per category, with its source. */
public record PolicyView(List<Line> categories, List<Owner> owners) {

    public record Line(String category, String period, String requirement, String reason) {
    }

    public record Owner(String service, List<String> categories) {
    }
}
